package io.github.camelanaplan.simulator.transactional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.state.Model;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Requests of one demo user against the demo model, under either path form. Users of the demo tenant:
 * {@code demo} (workspace admin, FULL), {@code viewer} (READ_ONLY), {@code outsider} (NO_ACCESS).
 */
final class Calls {

    static final String DEMO = "demo@example.com";
    static final String VIEWER = "viewer@example.com";
    static final String OUTSIDER = "outsider@example.com";

    private static final TestHttp HTTP = new TestHttp();

    private final AnaplanSimulator sim;
    private final String[] auth;
    private final Model model;

    private Calls(AnaplanSimulator sim, String email, String password) {
        this.sim = sim;
        this.auth = HTTP.authHeader(sim, email, password);
        this.model = sim.tenant().models().byName("Sales Planning").orElseThrow();
    }

    static Calls demo(AnaplanSimulator sim) {
        return new Calls(sim, DEMO, "demo-password");
    }

    static Calls viewer(AnaplanSimulator sim) {
        return new Calls(sim, VIEWER, "viewer-password");
    }

    static Calls outsider(AnaplanSimulator sim) {
        return new Calls(sim, OUTSIDER, "outsider-password");
    }

    Model model() {
        return model;
    }

    String listId(String name) {
        return model.lists().byName(name).orElseThrow().id();
    }

    String moduleId(String name) {
        return model.modules().byName(name).orElseThrow().id();
    }

    String viewId(String name) {
        return model.views().byName(name).orElseThrow().id();
    }

    /** {@code .../2/0/models/{m}<suffix>}. */
    String direct(String suffix) {
        return sim.apiBaseUrl() + "/models/" + model.id() + suffix;
    }

    /** {@code .../2/0/workspaces/{w}/models/{m}<suffix>}. */
    String nested(String suffix) {
        return sim.apiBaseUrl() + "/workspaces/" + model.workspaceId() + "/models/" + model.id() + suffix;
    }

    HttpResponse<byte[]> get(String url, String... headers) {
        return HTTP.send(builder(url, headers).GET().build());
    }

    HttpResponse<byte[]> post(String url, String json, String... headers) {
        return HTTP.send(builder(url, headers).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<byte[]> put(String url, String json) {
        return HTTP.send(builder(url).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<byte[]> delete(String url) {
        return HTTP.send(builder(url).DELETE().build());
    }

    private HttpRequest.Builder builder(String url, String... headers) {
        HttpRequest.Builder builder = TestHttp.request(url, auth);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** GET expecting 200 and JSON. */
    JsonNode getOk(String url, String... headers) {
        return ok(get(url, headers));
    }

    static JsonNode ok(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        return TestHttp.json(response);
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Asserts the Integration API error envelope with this status and message. */
    static void error(HttpResponse<byte[]> response, int status, String message) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
        JsonNode body = TestHttp.json(response);
        assertThat(body.get("status").get("code").asInt()).isEqualTo(status);
        assertThat(body.get("status").get("message").asText()).isEqualTo(message);
        assertThat(body.has("path")).isTrue();
        assertThat(body.has("timestamp")).isTrue();
    }
}
