package io.github.camelanaplan.examples;

import java.util.List;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;

/**
 * Runs the example: {@link DemoConfiguration} adds the Java routes listed in {@link #javaRoutes()} when
 * {@code demo.dsl=java} (the default), otherwise Camel Main loads the same routes from {@code routes/yaml} or
 * {@code routes/xml}; Camel Main stops on its own once the routes have been idle for a while.
 * <p>
 * Routes and configuration are registered by hand instead of by classpath scanning, because scanning runs under
 * whatever class loader launches the demo (for example {@code exec:java}) and must find each class exactly once.
 */
public final class ExampleApplication {

    private ExampleApplication() {
    }

    /** @return a fresh instance of every Java DSL route of the example */
    public static List<RoutesBuilder> javaRoutes() {
        return List.of(new ProductImportRoute(), new SalesImportRoute(), new NightlyProcessRoute(),
                new SalesExportRoute(), new RevenueViewRoute(), new TaskWatchRoute(), new ProductSyncRoute());
    }

    /**
     * Starts the example and blocks until it ends.
     *
     * @param args Camel Main command-line arguments
     * @throws Exception when Camel cannot start
     */
    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.configure().addConfiguration(DemoConfiguration.class);
        main.run(args);
    }
}
