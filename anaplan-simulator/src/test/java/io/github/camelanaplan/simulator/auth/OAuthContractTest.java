package io.github.camelanaplan.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /oauth/token} with the refresh-token grant; clients come from the demo model file. */
class OAuthContractTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    private final TestHttp http = new TestHttp();

    private HttpResponse<byte[]> refreshJson(AnaplanSimulator sim, String clientId, String refreshToken) {
        return http.postJson(sim.authBaseUrl() + "/oauth/token", "{\"grant_type\":\"refresh_token\",\"client_id\":\""
                + clientId + "\",\"refresh_token\":\"" + refreshToken + "\"}");
    }

    private String freshToken(AnaplanSimulator sim, String clientId) {
        OAuthService oauth = sim.service(OAuthService.class).orElseThrow();
        return oauth.issueRefreshToken(clientId, sim.tenant().userByEmail("demo@example.com").orElseThrow());
    }

    @Test
    void rotatingClientGetsANewRefreshTokenAndTheOldOneIsSingleUse(AnaplanSimulator sim) {
        String original = freshToken(sim, "demo-oauth-client");

        HttpResponse<byte[]> first = refreshJson(sim, "demo-oauth-client", original);
        JsonNode body = TestHttp.json(first);
        String rotated = body.get("refresh_token").asText();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(body.get("access_token").asText()).isNotBlank();
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(2100);
        assertThat(body.get("scope").asText()).contains("openid");
        assertThat(rotated).isNotEqualTo(original);

        HttpResponse<byte[]> reuse = refreshJson(sim, "demo-oauth-client", original);
        assertThat(reuse.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(reuse).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(TestHttp.json(reuse).has("error_description")).isTrue();

        assertThat(refreshJson(sim, "demo-oauth-client", rotated).statusCode()).isEqualTo(200);
    }

    @Test
    void seededRefreshTokenFromTheModelFileWorks(AnaplanSimulator sim) {
        HttpResponse<byte[]> response = refreshJson(sim, "demo-static-client", "demo-static-refresh-token");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(response).get("refresh_token").asText()).isEqualTo("demo-static-refresh-token");
        assertThat(refreshJson(sim, "demo-static-client", "demo-static-refresh-token").statusCode()).isEqualTo(200);
    }

    @Test
    void formEncodedRequestsWork(AnaplanSimulator sim) {
        String token = freshToken(sim, "demo-oauth-client");
        HttpResponse<byte[]> response = http.send(TestHttp.request(sim.authBaseUrl() + "/oauth/token",
                        "Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&client_id=demo-oauth-client"
                        + "&refresh_token=" + token)).build());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void accessTokenWorksOnTheApiWithBothSchemes(AnaplanSimulator sim) {
        String access = TestHttp.json(refreshJson(sim, "demo-oauth-client", freshToken(sim, "demo-oauth-client")))
                .get("access_token").asText();

        assertThat(http.get(sim.apiBaseUrl() + "/users/me", "Authorization", "Bearer " + access).statusCode())
                .isEqualTo(200);
        assertThat(http.get(sim.apiBaseUrl() + "/users/me", "Authorization", "AnaplanAuthToken " + access)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void errorsUseOAuthCodes(AnaplanSimulator sim) {
        HttpResponse<byte[]> unknownClient = refreshJson(sim, "nobody", "x");
        HttpResponse<byte[]> unknownToken = refreshJson(sim, "demo-oauth-client", "not-a-token");
        HttpResponse<byte[]> wrongGrant = http.postJson(sim.authBaseUrl() + "/oauth/token",
                "{\"grant_type\":\"password\",\"client_id\":\"demo-oauth-client\"}");

        assertThat(unknownClient.statusCode()).isEqualTo(401);
        assertThat(TestHttp.json(unknownClient).get("error").asText()).isEqualTo("invalid_client");
        assertThat(unknownToken.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(unknownToken).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(wrongGrant.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(wrongGrant).get("error").asText()).isEqualTo("unsupported_grant_type");
    }
}
