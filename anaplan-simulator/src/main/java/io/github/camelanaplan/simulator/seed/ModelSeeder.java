package io.github.camelanaplan.simulator.seed;

import io.github.camelanaplan.simulator.state.Dimensions;
import io.github.camelanaplan.simulator.state.FileStore;
import io.github.camelanaplan.simulator.state.IdPrefix;
import io.github.camelanaplan.simulator.state.Ids;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.ModelIds;
import io.github.camelanaplan.simulator.state.TimeDimension;
import io.github.camelanaplan.simulator.state.Version;
import io.github.camelanaplan.simulator.state.VersionsDimension;
import io.github.camelanaplan.simulator.state.Workspace;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one model from its spec. Order matters because later objects refer to earlier ones by name:
 * calendar and versions, lists, modules (with views and cells), files, imports, exports, actions, processes.
 */
final class ModelSeeder {

    private final Workspace workspace;
    private final ModelFile.ModelSpec spec;
    private final FileStore files;
    private final Clock clock;

    ModelSeeder(Workspace workspace, ModelFile.ModelSpec spec, FileStore files, Clock clock) {
        this.workspace = workspace;
        this.spec = spec;
        this.files = files;
        this.clock = clock;
    }

    Model build() throws IOException {
        TenantSeeder.require(spec.name(), "model name in workspace " + workspace.name());
        String id = spec.id() != null ? spec.id() : Ids.modelId(workspace.name(), spec.name());
        ModelIds ids = new ModelIds();
        Model model = new Model(id, spec.name(), workspace.id(),
                spec.activeState() != null ? spec.activeState() : "UNLOCKED", clock.instant(), ids, time(),
                versions(ids));
        Names names = new Names(model);
        new ListSeeder(model, names).seed(spec.lists());
        new ModuleSeeder(model, names).seed(spec.modules());
        new ActionSeeder(model, names, files).seed(spec);
        return model;
    }

    private TimeDimension time() {
        ModelFile.TimeSpec time = spec.time();
        YearMonth start = time != null && time.start() != null ? YearMonth.parse(time.start())
                : YearMonth.of(YearMonth.now(clock).getYear(), 1);
        int months = time != null && time.months() != null ? time.months() : 12;
        return TimeDimension.monthly(start, months);
    }

    private VersionsDimension versions(ModelIds ids) {
        List<ModelFile.VersionSpec> specs = spec.versions().isEmpty()
                ? List.of(new ModelFile.VersionSpec("Actual", null, true, false),
                          new ModelFile.VersionSpec("Forecast", null, false, true))
                : spec.versions();
        List<Version> versions = new ArrayList<>();
        for (ModelFile.VersionSpec version : specs) {
            versions.add(new Version(ids.next(IdPrefix.VERSION), version.name(), version.code(),
                    Boolean.TRUE.equals(version.actual()), Boolean.TRUE.equals(version.current())));
        }
        return new VersionsDimension(versions);
    }

    /** Dimension ids referenced in specs by name. */
    static String timeOrVersions(String name) {
        if ("Time".equalsIgnoreCase(name)) {
            return Dimensions.TIME_ID;
        }
        if ("Versions".equalsIgnoreCase(name)) {
            return Dimensions.VERSIONS_ID;
        }
        if ("Line Items".equalsIgnoreCase(name)) {
            return Dimensions.LINE_ITEMS_ID;
        }
        return null;
    }
}
