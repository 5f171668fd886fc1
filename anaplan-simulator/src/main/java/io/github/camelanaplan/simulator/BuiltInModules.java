package io.github.camelanaplan.simulator;

import java.util.List;

/**
 * The modules every simulator installs, in order. Order matters where one module uses a service another
 * publishes: a module must come after the modules whose services it requires at install time.
 */
final class BuiltInModules {

    private BuiltInModules() {
    }

    static List<SimulatorModule> all() {
        return List.of();
    }
}
