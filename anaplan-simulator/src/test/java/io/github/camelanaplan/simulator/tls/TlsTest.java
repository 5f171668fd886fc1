package io.github.camelanaplan.simulator.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HTTPS with the self-signed certificate: refused by default, accepted once the client trusts it explicitly. */
class TlsTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.tls(true))
            .build();

    private AnaplanSimulator sim;
    private SimulatorTls tls;

    @BeforeEach
    void setUp(AnaplanSimulator simulator) {
        sim = simulator;
        tls = sim.tls().orElseThrow();
    }

    @Test
    void baseUrlsAreHttps() {
        assertThat(sim.apiBaseUrl()).startsWith("https://");
        assertThat(sim.authBaseUrl()).startsWith("https://");
    }

    @Test
    void aDefaultClientRefusesTheCertificate() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create(sim.apiBaseUrl() + "/workspaces"))
                .build(), HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void aClientTrustingTheExposedContextLogsInAndCallsTheApi() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(tls.sslContext()).build();

        String token = login(client);
        HttpResponse<String> workspaces = client.send(HttpRequest.newBuilder(URI.create(sim.apiBaseUrl()
                + "/workspaces")).header("Authorization", "AnaplanAuthToken " + token).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(workspaces.statusCode()).isEqualTo(200);
        assertThat(workspaces.body()).contains("FP&A Demo");
    }

    @Test
    void theTrustStoreFileIsAcceptedToo() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tls.trustStoreFile())) {
            store.load(in, tls.trustStorePassword().toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);

        assertThat(login(HttpClient.newBuilder().sslContext(context).build())).isNotEmpty();
    }

    @Test
    void thePemNamesLocalhostAndTheLoopbackAddress() throws Exception {
        X509Certificate fromPem = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(tls.certificatePem().getBytes(StandardCharsets.US_ASCII)));

        assertThat(fromPem).isEqualTo(tls.certificate());
        assertThat(Files.readString(tls.certificateFile())).isEqualTo(tls.certificatePem());
        assertThat(fromPem.getSubjectAlternativeNames()).contains(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
    }

    private String login(HttpClient client) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(sim.authBaseUrl()
                + "/token/authenticate")).header("Authorization", TestHttp.basic("demo@example.com", "demo-password"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(201);
        return TestHttp.json(response).at("/tokenInfo/tokenValue").asText();
    }
}
