package io.github.camelanaplan.client;

import io.github.camelanaplan.client.error.AnaplanConnectionException;
import io.github.camelanaplan.client.metadata.Workspace;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.tls.SimulatorTls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.net.ssl.SSLException;

import static io.github.camelanaplan.client.SimulatorClients.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTTPS against the simulator's self-signed certificate. */
class TlsTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.tls(true))
            .build();

    @Test
    void aTrustStoreFileMakesTheSelfSignedServerTrusted(AnaplanSimulator simulator) {
        SimulatorTls tls = simulator.tls().orElseThrow();
        assertThat(simulator.apiBaseUrl()).startsWith("https://");
        assertWorks(simulator, TlsSettings.ofTrustStore(tls.trustStoreFile(), tls.trustStorePassword(), "PKCS12"));
    }

    @Test
    void aCustomSslContextIsUsed(AnaplanSimulator simulator) {
        assertWorks(simulator, TlsSettings.ofSslContext(simulator.tls().orElseThrow().sslContext()));
    }

    @Test
    void verificationIsOnByDefault(AnaplanSimulator simulator) {
        try (AnaplanClient client = AnaplanClient.create(SimulatorClients.config(simulator).build())) {
            assertThatThrownBy(client::workspaces).isInstanceOf(AnaplanConnectionException.class)
                    .hasMessageContaining("PKIX")
                    .satisfies(e -> assertThat(e.getCause()).isInstanceOf(SSLException.class));
        }
    }

    @Test
    void verificationCanBeSwitchedOffForLocalTestServers(AnaplanSimulator simulator) {
        assertWorks(simulator, TlsSettings.insecureTrustAll());
    }

    private static void assertWorks(AnaplanSimulator simulator, TlsSettings tls) {
        try (AnaplanClient client = AnaplanClient.create(SimulatorClients.config(simulator).tls(tls).build())) {
            assertThat(client.workspaces()).extracting(Workspace::name).contains(WORKSPACE);
        }
    }
}
