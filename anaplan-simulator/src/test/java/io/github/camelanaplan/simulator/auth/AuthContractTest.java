package io.github.camelanaplan.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /token/*} and the token filter on {@code /2/0/**}. */
class AuthContractTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    private final TestHttp http = new TestHttp();

    private HttpResponse<byte[]> authenticate(AnaplanSimulator sim, String authorization) {
        return http.send(TestHttp.request(sim.authBaseUrl() + "/token/authenticate", "Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<byte[]> tokenCall(AnaplanSimulator sim, String method, String path, String authorization) {
        return http.send(TestHttp.request(sim.authBaseUrl() + path, "Authorization", authorization)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void basicLoginAnswers201WithTokenInfo(AnaplanSimulator sim) {
        long before = System.currentTimeMillis();
        HttpResponse<byte[]> response = authenticate(sim, TestHttp.basic("demo@example.com", "demo-password"));
        JsonNode body = TestHttp.json(response);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(body.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(body.get("statusMessage").asText()).isEqualTo("Login successful");
        assertThat(body.get("meta").get("validationUrl").asText()).isEqualTo(sim.authBaseUrl() + "/token/validate");
        JsonNode tokenInfo = body.get("tokenInfo");
        assertThat(tokenInfo.get("tokenId").asText()).matches("[0-9a-f-]{36}");
        assertThat(tokenInfo.get("tokenValue").asText()).isNotBlank();
        assertThat(tokenInfo.get("refreshTokenId").asText()).matches("[0-9a-f-]{36}");
        assertThat(tokenInfo.get("expiresAt").isIntegralNumber()).isTrue();
        assertThat(tokenInfo.get("expiresAt").asLong()).isBetween(before + 34 * 60_000L, before + 36 * 60_000L);
    }

    @Test
    void emailIsCaseInsensitiveAndAuthorizationHeaderNameToo(AnaplanSimulator sim) {
        HttpResponse<byte[]> response = http.send(TestHttp.request(sim.authBaseUrl() + "/token/authenticate",
                        "AUTHORIZATION", TestHttp.basic("Demo@Example.com", "demo-password"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void wrongPasswordIs401BadCredential(AnaplanSimulator sim) {
        HttpResponse<byte[]> response = authenticate(sim, TestHttp.basic("demo@example.com", "nope"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TestHttp.json(response).get("status").asText()).isEqualTo("FAILURE_BAD_CREDENTIAL");
        assertThat(TestHttp.json(response).get("statusMessage").asText()).isNotBlank();
    }

    @Test
    void malformedHeaderIs400BadHeader(AnaplanSimulator sim) {
        HttpResponse<byte[]> notBase64 = authenticate(sim, "Basic ***");
        HttpResponse<byte[]> noColon = authenticate(sim,
                "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes()));
        HttpResponse<byte[]> wrongScheme = authenticate(sim, "Bearer abc");

        assertThat(notBase64.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(notBase64).get("status").asText()).isEqualTo("FAILURE_BAD_HEADER");
        assertThat(noColon.statusCode()).isEqualTo(400);
        assertThat(wrongScheme.statusCode()).isEqualTo(400);
    }

    @Test
    void refreshKeepsTheTokenValueAndExtendsExpiry(AnaplanSimulator sim) throws Exception {
        JsonNode login = TestHttp.json(authenticate(sim, TestHttp.basic("demo@example.com", "demo-password")));
        String token = login.get("tokenInfo").get("tokenValue").asText();
        Thread.sleep(5);

        HttpResponse<byte[]> response = tokenCall(sim, "POST", "/token/refresh", "AnaplanAuthToken " + token);
        JsonNode body = TestHttp.json(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(body.get("statusMessage").asText()).isEqualTo("Token refreshed");
        assertThat(body.get("tokenInfo").get("tokenValue").asText()).isEqualTo(token);
        assertThat(body.get("tokenInfo").get("refreshTokenId").asText())
                .isEqualTo(login.get("tokenInfo").get("refreshTokenId").asText());
        assertThat(body.get("tokenInfo").get("expiresAt").asLong())
                .isGreaterThan(login.get("tokenInfo").get("expiresAt").asLong());
    }

    @Test
    void bearerIsRejectedByTheTokenService(AnaplanSimulator sim) {
        String token = http.login(sim, "demo@example.com", "demo-password");

        assertThat(tokenCall(sim, "POST", "/token/refresh", "Bearer " + token).statusCode()).isEqualTo(400);
        assertThat(tokenCall(sim, "GET", "/token/validate", "Bearer " + token).statusCode()).isEqualTo(400);
        assertThat(tokenCall(sim, "POST", "/token/logout", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void validateDescribesTheTokenAndUser(AnaplanSimulator sim) {
        String token = http.login(sim, "demo@example.com", "demo-password");

        HttpResponse<byte[]> response = tokenCall(sim, "GET", "/token/validate", "AnaplanAuthToken " + token);
        JsonNode body = TestHttp.json(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(body.get("statusMessage").asText()).isEqualTo("Token validated");
        assertThat(body.get("tokenInfo").get("expiresAt").asLong()).isPositive();
        assertThat(body.get("tokenInfo").get("tokenId").asText()).isNotBlank();
        assertThat(body.get("userInfo").get("userGuid").asText())
                .isEqualTo(sim.tenant().userByEmail("demo@example.com").orElseThrow().id());
        assertThat(body.get("userInfo").get("userId").asText()).isEqualTo("demo@example.com");
        assertThat(body.get("userInfo").get("customerGuid").asText()).matches("[0-9a-f]{32}");
    }

    @Test
    void logoutInvalidatesAtOnce(AnaplanSimulator sim) {
        String token = http.login(sim, "demo@example.com", "demo-password");

        HttpResponse<byte[]> logout = tokenCall(sim, "POST", "/token/logout", "AnaplanAuthToken " + token);

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(logout.body()).isEmpty();
        assertThat(tokenCall(sim, "GET", "/token/validate", "AnaplanAuthToken " + token).statusCode()).isEqualTo(401);
        assertThat(tokenCall(sim, "POST", "/token/refresh", "AnaplanAuthToken " + token).statusCode()).isEqualTo(401);
        assertThat(http.get(sim.apiBaseUrl() + "/users/me", "Authorization", "AnaplanAuthToken " + token)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void apiAcceptsAnaplanAuthTokenAndBearer(AnaplanSimulator sim) {
        String token = http.login(sim, "demo@example.com", "demo-password");

        assertThat(http.get(sim.apiBaseUrl() + "/users/me", "Authorization", "AnaplanAuthToken " + token)
                .statusCode()).isEqualTo(200);
        assertThat(http.get(sim.apiBaseUrl() + "/users/me", "Authorization", "Bearer " + token)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void apiWithoutOrWithUnknownTokenIs401WithTheIntegrationEnvelope(AnaplanSimulator sim) {
        HttpResponse<byte[]> missing = http.get(sim.apiBaseUrl() + "/workspaces");
        HttpResponse<byte[]> unknown = http.get(sim.apiBaseUrl() + "/workspaces",
                "Authorization", "AnaplanAuthToken not-a-token");
        HttpResponse<byte[]> basic = http.get(sim.apiBaseUrl() + "/workspaces",
                "Authorization", TestHttp.basic("demo@example.com", "demo-password"));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(TestHttp.json(missing).get("status").get("code").asInt()).isEqualTo(401);
        assertThat(TestHttp.json(missing).get("path").asText()).isEqualTo("/2/0/workspaces");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    void revokedTokensAreRejected(AnaplanSimulator sim) {
        String token = http.login(sim, "viewer@example.com", "viewer-password");
        TokenService tokens = sim.service(TokenService.class).orElseThrow();

        tokens.revokeUser(sim.tenant().userByEmail("viewer@example.com").orElseThrow().id());

        assertThat(http.get(sim.apiBaseUrl() + "/users/me", "Authorization", "AnaplanAuthToken " + token)
                .statusCode()).isEqualTo(401);
    }
}
