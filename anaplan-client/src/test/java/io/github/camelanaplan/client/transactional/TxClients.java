package io.github.camelanaplan.client.transactional;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.client.AnaplanClientConfig;
import io.github.camelanaplan.client.PollSchedule;
import io.github.camelanaplan.client.RetryPolicy;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

/** Simulator set-up and client configuration shared by the transactional tests. */
final class TxClients {

    static final String USER = "tx@example.com";
    static final String PASSWORD = "tx-password";
    static final String DEMO_WORKSPACE = "FP&A Demo";
    static final String DEMO_MODEL = "Sales Planning";
    static final String TX_WORKSPACE = "Tx Tests";
    static final String TX_MODEL = "Writes";

    private TxClients() {
    }

    /** Demo model plus the test model; one user with workspace ADMIN and FULL everywhere. */
    static void configure(SimulatorConfig.Builder builder) {
        try {
            Path model = Path.of(TxClients.class.getResource("tx-model.yaml").toURI());
            builder.modelFile(model).includeDemo(true).user(USER, PASSWORD);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static AnaplanClient client(AnaplanSimulator simulator) {
        return AnaplanClient.create(AnaplanClientConfig.builder()
                .apiBaseUrl(simulator.apiBaseUrl())
                .authBaseUrl(simulator.authBaseUrl())
                .oauthBaseUrl(simulator.authBaseUrl())
                .basicAuth(USER, PASSWORD)
                .retryPolicy(RetryPolicy.builder().maxAttempts(4).initialDelay(Duration.ofMillis(20))
                        .maxDelay(Duration.ofMillis(200)).totalBudget(Duration.ofSeconds(20)).build())
                .pollSchedule(new PollSchedule(Duration.ofMillis(10), 1.5, Duration.ofMillis(100)))
                .connectTimeout(Duration.ofSeconds(5))
                .responseTimeout(Duration.ofSeconds(30))
                .build());
    }
}
