package io.github.camelanaplan.simulator;

import io.github.camelanaplan.simulator.api.ApiModule;
import io.github.camelanaplan.simulator.auth.AuthModule;
import io.github.camelanaplan.simulator.faults.FaultsModule;
import io.github.camelanaplan.simulator.tasks.TasksModule;
import io.github.camelanaplan.simulator.transactional.TransactionalModule;
import java.util.List;

/**
 * The modules every simulator installs, in order. Order matters where one module uses a service another
 * publishes: a module must come after the modules whose services it requires at install time.
 */
final class BuiltInModules {

    private BuiltInModules() {
    }

    static List<SimulatorModule> all() {
        return List.of(new AuthModule(), new ApiModule(), new FaultsModule(), new TransactionalModule(),
                new TasksModule());
    }
}
