package io.github.camelanaplan.client;

import io.github.camelanaplan.client.auth.CertificateCredentials;
import io.github.camelanaplan.client.auth.CertificatePayloadFormat;
import io.github.camelanaplan.client.error.AnaplanAuthenticationException;
import io.github.camelanaplan.client.metadata.Workspace;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.camelanaplan.client.SimulatorClients.DEMO_USER;
import static io.github.camelanaplan.client.SimulatorClients.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateAuthenticationTest {

    private static final TestCertificates REGISTERED = TestCertificates.generate(DEMO_USER);

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.certificate(DEMO_USER, REGISTERED.certificate))
            .build();

    @ParameterizedTest
    @EnumSource(CertificatePayloadFormat.class)
    void certificateFromPkcs8PemLogsIn(CertificatePayloadFormat format, AnaplanSimulator simulator) {
        CertificateCredentials credentials = CertificateCredentials
                .fromPem(REGISTERED.certificatePem(), REGISTERED.pkcs8KeyPem(), null).withFormat(format);
        assertLogsIn(simulator, credentials);
    }

    @Test
    void certificateWithPkcs1KeyFromFilesLogsIn(AnaplanSimulator simulator, @TempDir Path dir) throws Exception {
        Path cert = Files.writeString(dir.resolve("client.crt"), REGISTERED.certificatePem());
        Path key = Files.writeString(dir.resolve("client.key"), REGISTERED.pkcs1KeyPem());
        assertThat(Files.readString(key)).contains("BEGIN RSA PRIVATE KEY");
        assertLogsIn(simulator, CertificateCredentials.fromPemFiles(cert, key, null));
    }

    @Test
    void certificateWithEncryptedPkcs8KeyLogsIn(AnaplanSimulator simulator) {
        char[] password = "key-secret".toCharArray();
        String pem = REGISTERED.encryptedPkcs8KeyPem(password);
        assertThat(pem).contains("BEGIN ENCRYPTED PRIVATE KEY");
        assertLogsIn(simulator, CertificateCredentials.fromPem(REGISTERED.certificatePem(), pem, password));
    }

    @Test
    void certificateFromPkcs12KeyStoreLogsIn(AnaplanSimulator simulator, @TempDir Path dir) throws Exception {
        char[] password = "store-secret".toCharArray();
        Path store = REGISTERED.writePkcs12(dir.resolve("client.p12"), password, "anaplan");
        assertLogsIn(simulator, CertificateCredentials.fromKeyStore(store, "PKCS12", password, "anaplan", null));
        assertLogsIn(simulator, CertificateCredentials.fromKeyStore(store, null, password, null, null)
                .withFormat(CertificatePayloadFormat.V1));
    }

    @Test
    void aCertificateTheTenantDoesNotKnowIsRejected(AnaplanSimulator simulator) {
        TestCertificates stranger = TestCertificates.generate("stranger@example.com");
        CertificateCredentials credentials = CertificateCredentials.fromPem(stranger.certificatePem(),
                stranger.pkcs8KeyPem(), null);
        try (AnaplanClient client = AnaplanClient.create(SimulatorClients.config(simulator)
                .credentials(credentials).build())) {
            assertThatThrownBy(client::workspaces).isInstanceOf(AnaplanAuthenticationException.class)
                    .hasMessageContaining("certificate authentication");
        }
    }

    @Test
    void aKeyThatDoesNotMatchTheCertificateFailsAtCreation() {
        TestCertificates other = TestCertificates.generate("other");
        assertThatThrownBy(() -> CertificateCredentials.fromPem(REGISTERED.certificatePem(), other.pkcs8KeyPem(),
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not belong");
        CertificateCredentials good = CertificateCredentials.fromPem(REGISTERED.certificatePem(),
                REGISTERED.pkcs8KeyPem(), null);
        assertThat(good.toString()).contains("privateKey=***").doesNotContain("MII");
    }

    private static void assertLogsIn(AnaplanSimulator simulator, CertificateCredentials credentials) {
        try (AnaplanClient client = AnaplanClient.create(SimulatorClients.config(simulator)
                .credentials(credentials).build())) {
            assertThat(client.workspaces()).extracting(Workspace::name).contains(WORKSPACE);
        }
    }
}
