package io.github.camelanaplan.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;
import io.github.camelanaplan.simulator.TestHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CA-certificate log-in, v1 and v2 signed nonces, against a certificate registered through the config. */
class CertificateLoginTest {

    private static TestCertificates registered;
    private static TestCertificates stranger;
    private static AnaplanSimulator sim;

    private final TestHttp http = new TestHttp();

    @BeforeAll
    static void start() throws Exception {
        registered = TestCertificates.create("demo");
        stranger = TestCertificates.create("stranger");
        sim = AnaplanSimulator.start(SimulatorConfig.builder()
                .certificate("demo@example.com", registered.certificate).build());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private HttpResponse<byte[]> login(String header, String body) {
        return http.send(TestHttp.request(sim.authBaseUrl() + "/token/authenticate",
                        "Authorization", header, "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void v1NonceLogsIn() throws Exception {
        HttpResponse<byte[]> response = login(registered.header(), registered.body(TestCertificates.v1Nonce(), false));
        JsonNode body = TestHttp.json(response);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(body.get("statusMessage").asText()).isEqualTo("Login successful");
        String token = body.get("tokenInfo").get("tokenValue").asText();
        JsonNode me = TestHttp.json(http.get(sim.apiBaseUrl() + "/users/me", "Authorization", "AnaplanAuthToken " + token));
        assertThat(me.get("user").get("email").asText()).isEqualTo("demo@example.com");
    }

    @Test
    void v2NonceLogsInOnceOnly() throws Exception {
        String body = registered.body(TestCertificates.v2Nonce(Instant.now()), true);

        HttpResponse<byte[]> first = login(registered.header(), body);
        HttpResponse<byte[]> replay = login(registered.header(), body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(TestHttp.json(replay).get("status").asText()).isEqualTo("FAILURE_BAD_CREDENTIAL");
    }

    @Test
    void staleV2TimestampIsRejected() throws Exception {
        HttpResponse<byte[]> response = login(registered.header(),
                registered.body(TestCertificates.v2Nonce(Instant.now().minusSeconds(3600)), true));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TestHttp.json(response).get("statusMessage").asText()).contains("timestamp");
    }

    @Test
    void shortV1NonceIsRejected() throws Exception {
        HttpResponse<byte[]> response = login(registered.header(), registered.body(new byte[99], false));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void signatureByAnotherKeyIsRejected() throws Exception {
        HttpResponse<byte[]> response = login(registered.header(), stranger.body(TestCertificates.v1Nonce(), false));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TestHttp.json(response).get("status").asText()).isEqualTo("FAILURE_BAD_CREDENTIAL");
    }

    @Test
    void unregisteredCertificateIsRejected() throws Exception {
        HttpResponse<byte[]> response = login(stranger.header(), stranger.body(TestCertificates.v1Nonce(), false));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void garbageCertificateHeaderIs400() {
        HttpResponse<byte[]> response = login("CACertificate bm90IGEgY2VydA==", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(response).get("status").asText()).isEqualTo("FAILURE_BAD_HEADER");
    }
}
