package io.github.camelanaplan.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.tasks.TaskControl;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each injected fault as a client sees it, over real HTTP. */
class FaultInjectionTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.module(TestRoutes.MODULE))
            .build();

    private final TestHttp http = new TestHttp();
    private AnaplanSimulator sim;
    private Faults faults;
    private Model model;
    private String[] demo;

    @BeforeEach
    void setUp(AnaplanSimulator simulator) {
        sim = simulator;
        faults = sim.faults();
        model = sim.tenant().models().byName("Sales Planning").orElseThrow();
        demo = http.authHeader(sim, "demo@example.com", "demo-password");
        faults.resetStats();
    }

    @AfterEach
    void switchOff() {
        faults.reset();
    }

    @Test
    void injects500And503WithTheErrorEnvelope() {
        faults.settings(FaultSettings.builder().error500(1).build());
        HttpResponse<byte[]> internal = http.get(sim.apiBaseUrl() + "/workspaces", demo);
        faults.settings(FaultSettings.builder().error503(1).build());
        HttpResponse<byte[]> unavailable = http.get(sim.apiBaseUrl() + "/workspaces", demo);

        assertThat(internal.statusCode()).isEqualTo(500);
        JsonNode body = TestHttp.json(internal);
        assertThat(body.at("/status/code").asInt()).isEqualTo(500);
        assertThat(body.get("path").asText()).isEqualTo("/2/0/workspaces");
        assertThat(body.get("timestamp").asText()).endsWith("Z");
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(TestHttp.json(unavailable).at("/status/code").asInt()).isEqualTo(503);
        assertThat(faults.stats().faults(FaultKind.ERROR_500)).isEqualTo(1);
        assertThat(faults.stats().faults(FaultKind.ERROR_503)).isEqualTo(1);
    }

    @Test
    void injects429WithRetryAfter() {
        faults.settings(FaultSettings.builder().tooManyRequests(1).retryAfterSeconds(7).build());

        HttpResponse<byte[]> response = http.get(sim.apiBaseUrl() + "/workspaces", demo);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(TestHttp.json(response).at("/status/code").asInt()).isEqualTo(429);
    }

    @Test
    void pathFilterLimitsFaultsToMatchingPaths() {
        faults.settings(FaultSettings.builder().error503(1).pathFilter("/files$").build());

        assertThat(http.get(sim.apiBaseUrl() + "/workspaces", demo).statusCode()).isEqualTo(200);
        assertThat(http.get(sim.apiBaseUrl() + "/models/" + model.id() + "/files", demo).statusCode())
                .isEqualTo(503);
    }

    @Test
    void tokenPathsAreFaultedOnlyWhenIncluded() {
        faults.settings(FaultSettings.builder().error500(1).build());
        assertThat(login().statusCode()).isEqualTo(201);

        faults.update(s -> s.includeTokenPaths(true));
        assertThat(login().statusCode()).isEqualTo(500);
    }

    @Test
    void aSeedMakesTheDrawsReproducible() {
        FaultSettings settings = FaultSettings.builder().error503(0.5).seed(42L).build();
        faults.settings(settings);
        List<Integer> first = statuses(20);
        faults.settings(settings);
        List<Integer> second = statuses(20);

        assertThat(first).isEqualTo(second).contains(200, 503);
    }

    @Test
    void resetsTheConnectionInTheMiddleOfARequestBody() {
        faults.settings(FaultSettings.builder().resetRequestBody(1).build());
        HttpRequest upload = TestHttp.request(sim.apiBaseUrl() + "/test/sink", demo)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[8 * 1024 * 1024])).build();

        assertThatThrownBy(() -> http.client().send(upload, HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(IOException.class);
        assertThat(faults.stats().faults(FaultKind.RESET_REQUEST_BODY)).isEqualTo(1);
        // Requests without a body have nothing to cut and go through.
        assertThat(http.get(sim.apiBaseUrl() + "/workspaces", demo).statusCode()).isEqualTo(200);
    }

    @Test
    void truncatesAResponseBodyWithContentLength() throws Exception {
        faults.settings(FaultSettings.builder().truncateResponseBody(1).cutAfterBytes(1000).build());
        HttpResponse<InputStream> response = http.client().send(
                TestHttp.request(sim.apiBaseUrl() + "/test/source?bytes=100000", demo).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(100_000);
        byte[] buffer = new byte[4096];
        long[] received = {0};
        assertThatThrownBy(() -> {
            try (InputStream in = response.body()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    received[0] += read;
                }
            }
        }).isInstanceOf(IOException.class);
        assertThat(received[0]).isEqualTo(1000);
        assertThat(faults.stats().faults(FaultKind.TRUNCATE_RESPONSE_BODY)).isEqualTo(1);
    }

    @Test
    void truncatesAShortChunkedJsonBody() {
        faults.settings(FaultSettings.builder().truncateResponseBody(1).build());
        HttpRequest request = TestHttp.request(sim.apiBaseUrl() + "/workspaces", demo).GET().build();

        assertThatThrownBy(() -> http.client().send(request, HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void delaysAResponsePastTheClientTimeout() {
        faults.settings(FaultSettings.builder().delay(1).delayMillis(1_000).build());
        HttpRequest request = TestHttp.request(sim.apiBaseUrl() + "/workspaces", demo)
                .timeout(Duration.ofMillis(200)).GET().build();

        assertThatThrownBy(() -> http.client().send(request, HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(faults.stats().faults(FaultKind.DELAY)).isEqualTo(1);
    }

    @Test
    void resetAfterTaskStartLeavesExactlyOneTask() throws Exception {
        String exportId = model.exports().byName("Products export").orElseThrow().id();
        String tasks = sim.apiBaseUrl() + "/workspaces/" + model.workspaceId() + "/models/" + model.id()
                + "/exports/" + exportId + "/tasks";
        faults.settings(FaultSettings.builder().resetAfterTaskStart(1).build());
        HttpRequest start = TestHttp.request(tasks, demo).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"localeName\":\"en_US\"}")).build();

        assertThatThrownBy(() -> http.client().send(start, HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(IOException.class);
        // Other requests, task polls included, are answered normally meanwhile.
        JsonNode listed = TestHttp.json(http.get(tasks, demo));

        assertThat(listed.get("tasks")).hasSize(1);
        assertThat(sim.service(TaskControl.class).orElseThrow().startedTaskCount(exportId)).isEqualTo(1);
        assertThat(faults.stats().faults(FaultKind.RESET_AFTER_TASK_START)).isEqualTo(1);
    }

    @Test
    void revokedTokensGet401() {
        String[] fresh = {"Authorization", "AnaplanAuthToken " + http.login(sim, "demo@example.com", "demo-password")};
        assertThat(http.get(sim.apiBaseUrl() + "/users/me", fresh).statusCode()).isEqualTo(200);

        faults.revokeTokens();

        HttpResponse<byte[]> revoked = http.get(sim.apiBaseUrl() + "/users/me", fresh);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(TestHttp.json(revoked).at("/status/code").asInt()).isEqualTo(401);
        assertThat(faults.stats().faults(FaultKind.TOKENS_REVOKED)).isEqualTo(1);
    }

    @Test
    void revokesTokensOnAPeriod() throws InterruptedException {
        faults.revokeTokensEvery(Duration.ofMillis(100));
        String[] fresh = {"Authorization", "AnaplanAuthToken " + http.login(sim, "demo@example.com", "demo-password")};
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status = 200;
        while (status == 200 && System.nanoTime() < deadline) {
            status = http.get(sim.apiBaseUrl() + "/users/me", fresh).statusCode();
            Thread.sleep(20);
        }
        faults.revokeTokensEvery(Duration.ZERO);

        assertThat(status).isEqualTo(401);
        assertThat(faults.tokenRevocationPeriod()).isZero();
        assertThat(faults.stats().faults(FaultKind.TOKENS_REVOKED)).isPositive();
    }

    @Test
    void countsRequestsPerRouteFamily() {
        http.get(sim.apiBaseUrl() + "/workspaces", demo);
        http.get(sim.apiBaseUrl() + "/models/" + model.id(), demo);
        http.get(sim.apiBaseUrl() + "/models/" + model.id() + "/files", demo);
        login();
        http.get(sim.baseUrl() + "/__simulator/stats");

        TrafficStats stats = faults.stats();
        assertThat(stats.requests(RouteFamily.METADATA)).isEqualTo(2);
        assertThat(stats.requests(RouteFamily.FILES)).isEqualTo(1);
        assertThat(stats.requests(RouteFamily.AUTH)).isEqualTo(1);
        assertThat(stats.requests()).doesNotContainKey(RouteFamily.CONTROL);
    }

    private HttpResponse<byte[]> login() {
        return http.send(TestHttp.request(sim.authBaseUrl() + "/token/authenticate",
                "Authorization", TestHttp.basic("demo@example.com", "demo-password"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private List<Integer> statuses(int count) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(http.get(sim.apiBaseUrl() + "/workspaces", demo).statusCode());
        }
        return statuses;
    }
}
