package io.github.camelanaplan.simulator;

/**
 * A slice of simulated behaviour (auth, metadata, files, tasks, transactional API, faults). A module
 * registers routes and interceptors and may publish services for other modules through the context.
 * Built-in modules are installed first, in a fixed order, then those added to the config.
 */
@FunctionalInterface
public interface SimulatorModule {

    void install(SimulatorContext context) throws Exception;
}
