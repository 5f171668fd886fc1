package io.github.camelanaplan.component;

import java.time.Duration;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs routes against a simulator over real HTTP. The component is configured with the simulator's base URLs and
 * the demo user; endpoints in the tests name only what they act on.
 */
abstract class AnaplanTestSupport extends CamelTestSupport {

    static final String DEMO_USER = "demo@example.com";
    static final String DEMO_PASSWORD = "demo-password";
    static final String WORKSPACE = "FP&A Demo";
    static final String MODEL = "Sales Planning";
    /** Endpoint options naming the demo model; the ampersand of the workspace name must be encoded in a URI. */
    static final String DEMO_MODEL = "workspace=RAW(FP&A Demo)&model=RAW(Sales Planning)";

    /** Short tasks keep the suite fast; Anaplan's own take seconds to hours. */
    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.taskDuration(Duration.ofMillis(100)))
            .build();

    static AnaplanSimulator simulator() {
        return SIMULATOR.simulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AnaplanComponent component = new AnaplanComponent();
        configure(component.getConfiguration());
        context.addComponent("anaplan", component);
        return context;
    }

    /** Connection and credentials of the component; subclasses add or change options. */
    protected void configure(AnaplanConfiguration configuration) {
        configuration.setApiBaseUrl(simulator().apiBaseUrl());
        configuration.setAuthBaseUrl(simulator().authBaseUrl());
        configuration.setOauthBaseUrl(simulator().authBaseUrl());
        configuration.setUsername(DEMO_USER);
        configuration.setPassword(DEMO_PASSWORD);
        configuration.setPollInitialDelay(50);
        configuration.setPollMaxDelay(200);
    }

    /** Repeats the assertions until they pass, for at most ten seconds; then fails with their last error. */
    static void eventually(Assertions assertions) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                assertions.check();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    @FunctionalInterface
    interface Assertions {
        void check() throws Exception;
    }

    AnaplanComponent anaplan() {
        return context.getComponent("anaplan", AnaplanComponent.class);
    }

    /** Sends to the endpoint and returns the exchange, failed or not. */
    Exchange send(String uri, Object body, Object... headerPairs) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            for (int i = 0; i < headerPairs.length; i += 2) {
                exchange.getMessage().setHeader((String) headerPairs[i], headerPairs[i + 1]);
            }
        });
    }
}
