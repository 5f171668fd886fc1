package io.github.camelanaplan.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.tasks.TaskControl;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /__simulator/**}: round trips without a token, validation, and what each call does to the API. */
class ControlEndpointTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.taskDuration(Duration.ofMillis(20)))
            .build();

    private final TestHttp http = new TestHttp();
    private AnaplanSimulator sim;
    private String control;
    private String[] demo;
    private Model model;

    @BeforeEach
    void setUp(AnaplanSimulator simulator) {
        sim = simulator;
        control = sim.authBaseUrl() + "/__simulator";
        demo = http.authHeader(sim, "demo@example.com", "demo-password");
        model = sim.tenant().models().byName("Sales Planning").orElseThrow();
    }

    @AfterEach
    void switchOff() {
        http.send(request("/reset").POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void faultSettingsRoundTripAndMerge() {
        JsonNode initial = TestHttp.json(http.get(control + "/faults"));
        JsonNode changed = TestHttp.json(put("/faults", "{\"error503\":1.0,\"retryAfterSeconds\":3}"));
        JsonNode merged = TestHttp.json(put("/faults", "{\"pathFilter\":\"/workspaces\"}"));

        assertThat(initial.get("error503").asDouble()).isZero();
        assertThat(initial.get("cutAfterBytes").asInt()).isEqualTo(FaultSettings.DEFAULT_CUT_AFTER_BYTES);
        assertThat(changed.get("error503").asDouble()).isEqualTo(1.0);
        assertThat(merged.get("retryAfterSeconds").asInt()).isEqualTo(3);
        assertThat(sim.faults().settings().pathFilter()).isEqualTo("/workspaces");
        assertThat(http.get(sim.apiBaseUrl() + "/workspaces", demo).statusCode()).isEqualTo(503);
        // The control endpoint itself is never faulted.
        assertThat(http.get(control + "/faults").statusCode()).isEqualTo(200);

        assertThat(TestHttp.json(delete("/faults")).get("error503").asDouble()).isZero();
        assertThat(http.get(sim.apiBaseUrl() + "/workspaces", demo).statusCode()).isEqualTo(200);
    }

    @Test
    void invalidFaultSettingsAreRejected() {
        assertThat(put("/faults", "{\"error5OO\":1}").statusCode()).isEqualTo(400);
        assertThat(put("/faults", "{\"error500\":2}").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> tooMuch = put("/faults", "{\"error500\":0.6,\"error503\":0.6}");
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(tooMuch).at("/status/message").asText()).contains("more than 1");
        assertThat(put("/faults", "{\"pathFilter\":\"(\"}").statusCode()).isEqualTo(400);
        assertThat(sim.faults().settings()).isEqualTo(FaultSettings.none());
    }

    @Test
    void networkProfileAndPreset() {
        JsonNode far = TestHttp.json(put("/network", "{\"preset\":\"far\"}"));
        assertThat(far.get("latencyMillis").asLong()).isEqualTo(20);
        assertThat(far.get("bandwidthMbps").asDouble()).isEqualTo(200.0);
        assertThat(sim.faults().network()).isEqualTo(NetworkProfile.FAR_FROM_DATA_CENTRE);

        JsonNode custom = TestHttp.json(put("/network", "{\"latencyMillis\":5}"));
        assertThat(custom.get("latencyMillis").asLong()).isEqualTo(5);
        assertThat(custom.get("bandwidthMbps").asDouble()).isEqualTo(200.0);

        assertThat(TestHttp.json(delete("/network")).get("latencyMillis").asLong()).isZero();
        assertThat(put("/network", "{\"preset\":\"moon\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void rateLimitRoundTrip() {
        JsonNode limit = TestHttp.json(put("/rate-limit", "{\"requestsPerMinute\":1,\"scope\":\"user\"}"));

        assertThat(limit.get("burst").asInt()).isEqualTo(1);
        assertThat(limit.get("scope").asText()).isEqualTo("USER");
        assertThat(http.get(sim.apiBaseUrl() + "/workspaces", demo).statusCode()).isEqualTo(200);
        assertThat(http.get(sim.apiBaseUrl() + "/workspaces", demo).statusCode()).isEqualTo(429);
        assertThat(TestHttp.json(delete("/rate-limit")).get("requestsPerMinute").asInt()).isZero();
        assertThat(http.get(sim.apiBaseUrl() + "/workspaces", demo).statusCode()).isEqualTo(200);
    }

    @Test
    void revokeTokensNowAndOnASchedule() {
        String[] fresh = {"Authorization", "AnaplanAuthToken " + http.login(sim, "demo@example.com", "demo-password")};

        assertThat(http.send(request("/tokens/revoke").POST(HttpRequest.BodyPublishers.noBody()).build())
                .statusCode()).isEqualTo(204);
        assertThat(http.get(sim.apiBaseUrl() + "/users/me", fresh).statusCode()).isEqualTo(401);

        JsonNode scheduled = TestHttp.json(put("/tokens/revoke-schedule", "{\"periodMillis\":60000}"));
        assertThat(scheduled.get("periodMillis").asLong()).isEqualTo(60_000);
        assertThat(sim.faults().tokenRevocationPeriod()).isEqualTo(Duration.ofMinutes(1));
        assertThat(TestHttp.json(delete("/tokens/revoke-schedule")).get("periodMillis").asLong()).isZero();
    }

    @Test
    void failNextTaskDelegatesToTheTaskEngine() throws InterruptedException {
        String exportId = model.exports().byName("Products export").orElseThrow().id();
        assertThat(post("/tasks/fail-next", "{\"modelId\":\"" + model.id() + "\",\"message\":\"boom\"}")
                .statusCode()).isEqualTo(204);

        String tasks = sim.apiBaseUrl() + "/workspaces/" + model.workspaceId() + "/models/" + model.id()
                + "/exports/" + exportId + "/tasks";
        String taskId = TestHttp.json(http.postJson(tasks, "{\"localeName\":\"en_US\"}", demo))
                .at("/task/taskId").asText();
        JsonNode task = awaitDone(tasks + "/" + taskId);

        assertThat(task.at("/result/successful").asBoolean()).isFalse();
        assertThat(post("/tasks/fail-next", "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void modelBusyDelegatesToTheTaskEngine() {
        JsonNode held = TestHttp.json(put("/models/" + model.id() + "/busy", "{\"seconds\":30}"));
        assertThat(held.get("busy").asBoolean()).isTrue();
        assertThat(sim.service(TaskControl.class).orElseThrow().isBusy(model.id())).isTrue();

        JsonNode released = TestHttp.json(delete("/models/" + model.id() + "/busy"));
        assertThat(released.get("busy").asBoolean()).isFalse();
        assertThat(put("/models/" + model.id() + "/busy", "{\"seconds\":-1}").statusCode()).isEqualTo(400);
    }

    @Test
    void statsListEveryFaultKindAndFamily() {
        assertThat(http.send(request("/stats").DELETE().build()).statusCode()).isEqualTo(204);
        http.get(sim.apiBaseUrl() + "/workspaces", demo);

        JsonNode stats = TestHttp.json(http.get(control + "/stats"));

        assertThat(stats.get("faults").size()).isEqualTo(FaultKind.values().length);
        assertThat(stats.at("/requests/METADATA").asLong()).isEqualTo(1);
        assertThat(stats.get("requests").has("CONTROL")).isFalse();
    }

    private JsonNode awaitDone(String url) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode task = TestHttp.json(http.get(url, demo)).get("task");
            if (task.get("taskState").asText().equals("COMPLETE")) {
                return task;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("task did not complete: " + url);
    }

    private HttpRequest.Builder request(String path) {
        return TestHttp.request(control + path);
    }

    private HttpResponse<byte[]> put(String path, String json) {
        return http.send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<byte[]> post(String path, String json) {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<byte[]> delete(String path) {
        return http.send(request(path).DELETE().build());
    }
}
