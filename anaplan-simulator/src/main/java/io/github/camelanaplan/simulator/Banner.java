package io.github.camelanaplan.simulator;

import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Named;
import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.Workspace;
import java.io.PrintStream;
import java.util.List;

/** Prints what a running simulator serves: base URLs, users, workspaces, models and their actions with ids. */
final class Banner {

    private Banner() {
    }

    static void print(AnaplanSimulator simulator, PrintStream out) {
        out.println("Anaplan simulator running");
        out.println("  API:  " + simulator.apiBaseUrl());
        out.println("  Auth: " + simulator.authBaseUrl() + "/token/authenticate");
        Tenant tenant = simulator.tenant();
        out.println("Users:");
        tenant.users().forEach(u -> out.println("  " + u.email() + "  (" + u.id() + ")"));
        for (Workspace workspace : tenant.workspaces().all()) {
            out.println("Workspace " + quoted(workspace));
            for (Model model : tenant.modelsIn(workspace.id())) {
                out.println("  Model " + quoted(model));
                section(out, "Imports", model.imports().all());
                section(out, "Exports", model.exports().all());
                section(out, "Actions", model.actions().all());
                section(out, "Processes", model.processes().all());
                section(out, "Files", model.files().all());
            }
        }
        out.flush();
    }

    private static void section(PrintStream out, String title, List<? extends Named> objects) {
        if (objects.isEmpty()) {
            return;
        }
        out.println("    " + title + ":");
        objects.forEach(o -> out.println("      " + quoted(o)));
    }

    private static String quoted(Named named) {
        return "\"" + named.name() + "\"  " + named.id();
    }
}
