package io.github.camelanaplan.client;

import io.github.camelanaplan.client.metadata.Workspace;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static io.github.camelanaplan.client.SimulatorClients.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

/** Short-lived tokens: the client refreshes before expiry and logs in again after a long pause. */
class TokenLifetimeTest {

    private static final Duration LIFETIME = Duration.ofSeconds(4);

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.tokenLifetime(LIFETIME))
            .build();

    @Test
    void tokenIsRefreshedBeforeItExpiresAndRenewedAfterItDid(AnaplanSimulator simulator) throws Exception {
        RequestLog log = new RequestLog();
        simulator.interceptors().add(log);
        try (AnaplanClient client = SimulatorClients.demoClient(simulator)) {
            long until = System.nanoTime() + LIFETIME.multipliedBy(2).toNanos();
            while (System.nanoTime() < until) {
                assertThat(client.workspaces()).extracting(Workspace::name).contains(WORKSPACE);
                Thread.sleep(150);
            }
            assertThat(log.count("^POST /token/authenticate$")).isEqualTo(1);
            assertThat(log.count("^POST /token/refresh$")).isGreaterThanOrEqualTo(1);
            assertThat(log.countStatus(401)).as("the token never expired in use").isZero();

            Thread.sleep(LIFETIME.plusMillis(500).toMillis());
            assertThat(client.workspaces()).extracting(Workspace::name).contains(WORKSPACE);
            assertThat(log.count("^POST /token/authenticate$"))
                    .as("an expired token is replaced before use, not after a 401").isEqualTo(2);
        } finally {
            simulator.interceptors().remove(log);
        }
    }
}
