package io.github.camelanaplan.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void parsesAllOptions() {
        SimulatorConfig config = Main.parse(new String[] {"--port", "8080", "--auth-port", "8081", "--user",
            "a@b.c:pa:ss", "--token-lifetime", "5", "--tls", "--model", "x.yaml", "--demo"});

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.authPort()).isEqualTo(8081);
        assertThat(config.users()).containsExactly(new SimulatorConfig.Credentials("a@b.c", "pa:ss"));
        assertThat(config.tokenLifetime()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.tls()).isTrue();
        assertThat(config.loadsDemo()).isTrue();
    }

    @Test
    void rejectsUnknownOptions() {
        assertThatThrownBy(() -> Main.parse(new String[] {"--nope"})).hasMessageContaining("--nope");
    }

    @Test
    void tlsServesHttpsWithASelfSignedCertificate() {
        try (AnaplanSimulator simulator = AnaplanSimulator.start(Main.parse(new String[] {"--tls"}))) {
            assertThat(simulator.apiBaseUrl()).startsWith("https://127.0.0.1:");
            assertThat(simulator.authBaseUrl()).startsWith("https://127.0.0.1:");
            assertThat(simulator.tls()).hasValueSatisfying(tls -> assertThat(tls.trustStoreFile()).exists());
        }
    }
}
