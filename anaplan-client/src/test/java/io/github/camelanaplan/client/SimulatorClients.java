package io.github.camelanaplan.client;

import io.github.camelanaplan.simulator.AnaplanSimulator;

import java.time.Duration;

/** Client configurations pointing at a running simulator, with retry and poll timings suited to tests. */
final class SimulatorClients {

    static final String DEMO_USER = "demo@example.com";
    static final String DEMO_PASSWORD = "demo-password";
    static final String WORKSPACE = "FP&A Demo";
    static final String MODEL = "Sales Planning";

    static final RetryPolicy FAST_RETRIES = RetryPolicy.builder()
            .maxAttempts(4)
            .initialDelay(Duration.ofMillis(20))
            .maxDelay(Duration.ofMillis(200))
            .totalBudget(Duration.ofSeconds(20))
            .retryAfterCap(Duration.ofSeconds(2))
            .build();

    static final PollSchedule FAST_POLLS = new PollSchedule(Duration.ofMillis(50), 1.5, Duration.ofMillis(400));

    private SimulatorClients() {
    }

    /** Demo user, basic authentication. */
    static AnaplanClientConfig.Builder config(AnaplanSimulator simulator) {
        return AnaplanClientConfig.builder()
                .apiBaseUrl(simulator.apiBaseUrl())
                .authBaseUrl(simulator.authBaseUrl())
                .oauthBaseUrl(simulator.authBaseUrl())
                .basicAuth(DEMO_USER, DEMO_PASSWORD)
                .retryPolicy(FAST_RETRIES)
                .pollSchedule(FAST_POLLS)
                .connectTimeout(Duration.ofSeconds(5))
                .responseTimeout(Duration.ofSeconds(30));
    }

    static AnaplanClient demoClient(AnaplanSimulator simulator) {
        return AnaplanClient.create(config(simulator).build());
    }
}
