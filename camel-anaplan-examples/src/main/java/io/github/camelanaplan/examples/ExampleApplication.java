package io.github.camelanaplan.examples;

import org.apache.camel.main.Main;

/**
 * Runs the example: Camel Main finds the Java routes in this package, loads the YAML and XML routes named by
 * {@code camel.main.routes-include-pattern}, and stops on its own once the routes have been idle for a while.
 */
public final class ExampleApplication {

    private ExampleApplication() {
    }

    /**
     * Starts the example and blocks until it ends.
     *
     * @param args Camel Main command-line arguments
     * @throws Exception when Camel cannot start
     */
    public static void main(String[] args) throws Exception {
        Main main = new Main(ExampleApplication.class);
        main.run(args);
    }
}
