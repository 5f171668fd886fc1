package io.github.camelanaplan.component;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelanaplan.client.metadata.Workspace;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;
import io.github.camelanaplan.simulator.tls.SimulatorTls;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTPS with Camel's sslContextParameters trusting the simulator's self-signed certificate, and CA-certificate
 * log-in from a PKCS12 key store (made with the JDK's keytool) through the keyStorePath options.
 */
class TlsAndCertificateTest {

    private static final String STORE_PASSWORD = "store-secret";

    @TempDir
    static Path temp;

    private static AnaplanSimulator simulator;
    private static Path keyStore;

    @BeforeAll
    static void startSimulatorOverHttpsWithACertificateUser() throws Exception {
        keyStore = temp.resolve("demo.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "demo", "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
                "-dname", "CN=demo@example.com", "-validity", "2", "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD).redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        X509Certificate certificate = (X509Certificate) store.getCertificate("demo");
        simulator = AnaplanSimulator.start(SimulatorConfig.builder().tls(true)
                .certificate(AnaplanTestSupport.DEMO_USER, certificate).build());
    }

    @AfterAll
    static void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void certificateLoginOverHttpsWithCamelSslContextParameters() throws Exception {
        SimulatorTls tls = simulator.tls().orElseThrow();
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("file:" + tls.trustStoreFile());
        trustStore.setPassword(tls.trustStorePassword());
        trustStore.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setTrustManagers(trustManagers);

        try (CamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("simulatorTls", ssl);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    String connection = "apiBaseUrl=" + simulator.apiBaseUrl() + "&authBaseUrl=" + simulator.authBaseUrl();
                    String certificate = "keyStorePath=" + keyStore + "&keyStorePassword=RAW(" + STORE_PASSWORD + ")";
                    from("direct:trusted").to("anaplan:metadata?metadataType=workspaces&sslContextParameters=#simulatorTls&"
                                              + connection + "&" + certificate);
                    from("direct:untrusted").to("anaplan:metadata?metadataType=workspaces&" + connection + "&" + certificate);
                }
            });
            context.start();

            List<?> workspaces = context.createProducerTemplate().requestBody("direct:trusted", null, List.class);
            assertThat(workspaces).extracting(w -> ((Workspace) w).name()).contains(AnaplanTestSupport.WORKSPACE);

            Exchange untrusted = context.createProducerTemplate().send("direct:untrusted", e -> {
            });
            assertThat(untrusted.getException()).isNotNull();
            assertThat(untrusted.getException().toString() + untrusted.getException().getCause())
                    .containsIgnoringCase("certif").doesNotContain(STORE_PASSWORD);
        }
    }
}
