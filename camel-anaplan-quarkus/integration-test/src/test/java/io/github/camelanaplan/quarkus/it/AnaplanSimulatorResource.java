package io.github.camelanaplan.quarkus.it;

import java.time.Duration;
import java.util.Map;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts an Anaplan simulator with its demo model before the Quarkus application and points the component at it.
 */
public class AnaplanSimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String DEMO_USER = "demo@example.com";
    static final String DEMO_PASSWORD = "demo-password";

    private AnaplanSimulator simulator;

    @Override
    public Map<String, String> start() {
        // Short tasks keep the suite fast; Anaplan's own take seconds to hours.
        simulator = AnaplanSimulator.start(SimulatorConfig.builder().taskDuration(Duration.ofMillis(100)).build());
        return Map.of(
                "camel.component.anaplan.api-base-url", simulator.apiBaseUrl(),
                "camel.component.anaplan.auth-base-url", simulator.authBaseUrl(),
                "camel.component.anaplan.username", DEMO_USER,
                "camel.component.anaplan.password", DEMO_PASSWORD);
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
