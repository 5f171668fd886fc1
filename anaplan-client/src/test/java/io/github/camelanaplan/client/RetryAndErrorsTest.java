package io.github.camelanaplan.client;

import io.github.camelanaplan.client.error.AnaplanAccessDeniedException;
import io.github.camelanaplan.client.error.AnaplanModelBusyException;
import io.github.camelanaplan.client.error.AnaplanRateLimitedException;
import io.github.camelanaplan.client.error.AnaplanServerException;
import io.github.camelanaplan.client.metadata.Workspace;
import io.github.camelanaplan.client.task.ActionKind;
import io.github.camelanaplan.client.task.TaskHandle;
import io.github.camelanaplan.client.task.TaskParameters;
import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.RequestInterceptor;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static io.github.camelanaplan.client.SimulatorClients.MODEL;
import static io.github.camelanaplan.client.SimulatorClients.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults are injected through the simulator's interceptor chain; the client talks real HTTP throughout. */
class RetryAndErrorsTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    private final RequestLog log = new RequestLog();
    private final List<RequestInterceptor> installed = new ArrayList<>();
    private AnaplanSimulator simulator;
    private AnaplanClient client;

    @BeforeEach
    void setUp(AnaplanSimulator simulator) {
        this.simulator = simulator;
        simulator.interceptors().add(log);
        client = SimulatorClients.demoClient(simulator);
        client.workspaces();
        log.clear();
    }

    @AfterEach
    void tearDown() {
        client.close();
        installed.forEach(simulator.interceptors()::remove);
        simulator.interceptors().remove(log);
    }

    @Test
    void rateLimitingIsRetriedAfterTheRetryAfterDelay() {
        inject(times(2, isGet("/workspaces")), (request, response) -> {
            response.header("Retry-After", "1");
            response.json(429, envelope(429, "Too Many Requests"));
        });
        long start = System.nanoTime();
        assertThat(client.workspaces()).extracting(Workspace::name).contains(WORKSPACE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(log.count("^GET /2/0/workspaces$")).isEqualTo(3);
    }

    @Test
    void persistentRateLimitingEndsTyped() {
        inject(isGet("/workspaces"), (request, response) -> response.json(429, envelope(429, "Slow down")));
        assertThatThrownBy(client::workspaces).isInstanceOf(AnaplanRateLimitedException.class)
                .hasMessageContaining("Slow down");
        assertThat(log.count("^GET /2/0/workspaces$")).isEqualTo(SimulatorClients.FAST_RETRIES.maxAttempts());
    }

    @Test
    void serverErrorsAreRetriedAndAnHtmlBodyIsShownAsText() {
        inject(times(2, isGet("/workspaces")), (request, response) ->
                response.bytes(503, "text/html", "<html><body><h1>Service Unavailable</h1></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(client.workspaces()).isNotEmpty();
        assertThat(log.count("^GET /2/0/workspaces$")).isEqualTo(3);

        inject(isGet("/models"), (request, response) ->
                response.bytes(502, "text/html", "<html><body><h1>Bad Gateway</h1><p>upstream</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(client::models).isInstanceOf(AnaplanServerException.class)
                .satisfies(e -> {
                    AnaplanServerException failure = (AnaplanServerException) e;
                    assertThat(failure.httpStatus()).isEqualTo(502);
                    assertThat(failure.anaplanMessage()).isEqualTo("Bad Gateway upstream");
                    assertThat(failure.path()).isEqualTo("/2/0/models");
                });
    }

    @Test
    void aDroppedConnectionOnAReadIsRetried() {
        inject(times(1, isGet("/workspaces")), (request, response) -> response.abortConnection());
        assertThat(client.workspaces()).isNotEmpty();
        assertThat(log.count("^GET /2/0/workspaces$")).isEqualTo(2);
    }

    @Test
    void aTruncatedJsonBodyOnAReadIsRetried() {
        AtomicInteger remaining = new AtomicInteger(1);
        RequestInterceptor truncate = RequestInterceptor.of(20, (request, response, chain) -> {
            if (isGet("/workspaces").test(request) && remaining.getAndDecrement() > 0) {
                response.wrapOutput(out -> new Truncating(out, 20));
            }
            chain.proceed(request, response);
        });
        simulator.interceptors().add(truncate);
        installed.add(truncate);
        assertThat(client.workspaces()).extracting(Workspace::name).contains(WORKSPACE);
        assertThat(log.count("^GET /2/0/workspaces$")).isEqualTo(2);
    }

    @Test
    void aBusyModelIsWaitedFor() {
        ModelClient model = client.model(WORKSPACE, MODEL);
        log.clear();
        inject(times(2, r -> r.method().equals("GET") && r.path().endsWith("/imports")), (request, response) ->
                response.json(423, envelope(423, "Model is locked")));
        assertThat(model.imports()).isNotEmpty();
        assertThat(log.count("^GET .*/imports$")).isEqualTo(3);
    }

    @Test
    void aModelBusyBeyondTheBudgetEndsTyped(AnaplanSimulator simulator) {
        RetryPolicy shortBudget = SimulatorClients.FAST_RETRIES.toBuilder().totalBudget(Duration.ofMillis(600))
                .build();
        try (AnaplanClient impatient = AnaplanClient.create(SimulatorClients.config(simulator)
                .retryPolicy(shortBudget).build())) {
            ModelClient model = impatient.model(WORKSPACE, MODEL);
            inject(r -> r.method().equals("GET") && r.path().endsWith("/processes"), (request, response) ->
                    response.json(409, envelope(409, "Conflict: model busy")));
            assertThatThrownBy(model::processes).isInstanceOf(AnaplanModelBusyException.class)
                    .hasMessageContaining("model busy");
        }
    }

    @Test
    void forbiddenSaysWhichOperationNeedsWhichRight() {
        ModelClient model = client.model(WORKSPACE, MODEL);
        inject(r -> r.method().equals("POST") && r.path().endsWith("/tasks"), (request, response) ->
                response.json(403, envelope(403, "Forbidden")));
        assertThatThrownBy(() -> model.startTask("Products export", TaskParameters.DEFAULT))
                .isInstanceOf(AnaplanAccessDeniedException.class)
                .hasMessageContaining("start export")
                .hasMessageContaining("allowed to run this export")
                .satisfies(e -> assertThat(((AnaplanAccessDeniedException) e).operation()).startsWith("start export"));
    }

    @Test
    void aTaskStartAnsweredWith500BeforeAnyTaskExistedIsStartedAgainOnce() {
        ModelClient model = client.model(WORKSPACE, MODEL);
        TaskSupport.assumeSimulatorRunsTasks(model);
        String exportId = model.resolveExport("Sales export").id();
        int before = model.tasks(ActionKind.EXPORT, exportId).size();
        inject(times(1, r -> r.method().equals("POST") && r.path().endsWith("/tasks")), (request, response) ->
                response.json(500, envelope(500, "Internal Server Error")));
        TaskHandle handle = model.startTask(ActionKind.EXPORT, exportId, TaskParameters.DEFAULT);
        assertThat(log.count("^POST .*/tasks$")).isEqualTo(2);
        List<TaskStatus> after = model.tasks(ActionKind.EXPORT, exportId);
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(0).taskId()).isEqualTo(handle.taskId());
    }

    private void inject(Predicate<ApiRequest> when, RequestInterceptor.Chain answer) {
        RequestInterceptor fault = RequestInterceptor.answering(20, when, answer);
        simulator.interceptors().add(fault);
        installed.add(fault);
    }

    private static Predicate<ApiRequest> isGet(String pathSuffix) {
        return r -> r.method().equals("GET") && r.path().equals("/2/0" + pathSuffix);
    }

    private static Predicate<ApiRequest> times(int count, Predicate<ApiRequest> when) {
        AtomicInteger left = new AtomicInteger(count);
        return r -> when.test(r) && left.getAndDecrement() > 0;
    }

    private static Object envelope(int code, String message) {
        return java.util.Map.of("status", java.util.Map.of("code", code, "message", message),
                "path", "/2/0", "timestamp", "2026-01-01T00:00:00Z");
    }

    /** Passes only the first bytes of a body through, like a connection cut mid-response by a proxy. */
    private static final class Truncating extends FilterOutputStream {
        private int left;

        Truncating(OutputStream out, int limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- > 0) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = Math.max(0, Math.min(len, left));
            if (n > 0) {
                out.write(b, off, n);
            }
            left -= len;
        }
    }
}
