package io.github.camelanaplan.simulator.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.state.Model;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Task requests of one demo user against the demo model over real HTTP. Demo users: {@code demo} (FULL),
 * {@code viewer} (READ_ONLY), {@code outsider} (NO_ACCESS). Demo object ids: files 113000000001
 * (products.csv) and 113000000002 (sales.csv); imports 112000000001 (Products) and 112000000002 (Sales,
 * Versions from a mapping parameter); exports 116000000001 (Products list), 116000000002 (Sales module),
 * 116000000003 (Revenue grid); action 117000000001 (delete discontinued products); process 118000000001.
 */
final class TaskCalls {

    static final String PRODUCTS_FILE = "113000000001";
    static final String SALES_FILE = "113000000002";
    static final String PRODUCTS_IMPORT = "112000000001";
    static final String SALES_IMPORT = "112000000002";
    static final String PRODUCTS_EXPORT = "116000000001";
    static final String SALES_EXPORT = "116000000002";
    static final String GRID_EXPORT = "116000000003";
    static final String DELETE_ACTION = "117000000001";
    static final String NIGHTLY_PROCESS = "118000000001";
    static final String ACTUAL = "{\"localeName\":\"en_US\",\"mappingParameters\":"
            + "[{\"entityType\":\"Version\",\"entityName\":\"Actual\"}]}";

    private static final TestHttp HTTP = new TestHttp();

    private final AnaplanSimulator sim;
    private final String[] auth;
    private final Model model;

    private TaskCalls(AnaplanSimulator sim, String email, String password) {
        this.sim = sim;
        this.auth = HTTP.authHeader(sim, email, password);
        this.model = sim.tenant().models().byName("Sales Planning").orElseThrow();
    }

    static TaskCalls demo(AnaplanSimulator sim) {
        return new TaskCalls(sim, "demo@example.com", "demo-password");
    }

    static TaskCalls viewer(AnaplanSimulator sim) {
        return new TaskCalls(sim, "viewer@example.com", "viewer-password");
    }

    static TaskCalls outsider(AnaplanSimulator sim) {
        return new TaskCalls(sim, "outsider@example.com", "outsider-password");
    }

    static TaskCalls as(AnaplanSimulator sim, String email, String password) {
        return new TaskCalls(sim, email, password);
    }

    Model model() {
        return model;
    }

    TaskControl control() {
        return sim.service(TaskControl.class).orElseThrow();
    }

    /** {@code /2/0/workspaces/{w}/models/{m}}. */
    String base() {
        return sim.apiBaseUrl() + "/workspaces/" + model.workspaceId() + "/models/" + model.id();
    }

    /** {@code /2/0/models/{m}}. */
    String direct() {
        return sim.apiBaseUrl() + "/models/" + model.id();
    }

    HttpResponse<byte[]> get(String path) {
        return HTTP.get(base() + path, auth);
    }

    HttpResponse<byte[]> getUrl(String url) {
        return HTTP.get(url, auth);
    }

    HttpResponse<byte[]> post(String path, String json) {
        HttpRequest.Builder request = TestHttp.request(base() + path, auth);
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build());
    }

    HttpResponse<byte[]> delete(String path) {
        return HTTP.send(TestHttp.request(base() + path, auth).DELETE().build());
    }

    HttpResponse<byte[]> put(String path, String contentType, byte[] body) {
        return HTTP.send(TestHttp.request(base() + path, auth).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Starts a task and returns its id; the answer must be exactly 200. */
    String start(String segment, String actionId, String body) {
        HttpResponse<byte[]> response = post("/" + segment + "/" + actionId + "/tasks", body);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        return TestHttp.json(response).path("task").path("taskId").asText();
    }

    JsonNode status(String segment, String actionId, String taskId) {
        HttpResponse<byte[]> response = get("/" + segment + "/" + actionId + "/tasks/" + taskId);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        return TestHttp.json(response).path("task");
    }

    /** Polls until COMPLETE or CANCELLED and returns the final task object. */
    JsonNode await(String segment, String actionId, String taskId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonNode task = status(segment, actionId, taskId);
            String state = task.path("taskState").asText();
            if (state.equals("COMPLETE") || state.equals("CANCELLED")) {
                return task;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("task did not finish: " + task);
            }
            pause(10);
        }
    }

    /** Starts, waits, returns the final task object. */
    JsonNode run(String segment, String actionId, String body) {
        return await(segment, actionId, start(segment, actionId, body));
    }

    /** Replaces the caller's content of a file with a single-request upload. */
    void upload(String fileId, String content) {
        upload(fileId, content.getBytes(StandardCharsets.UTF_8));
    }

    void upload(String fileId, byte[] content) {
        HttpResponse<byte[]> response = put("/files/" + fileId, "application/octet-stream", content);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(204);
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
