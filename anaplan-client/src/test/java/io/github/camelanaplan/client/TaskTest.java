package io.github.camelanaplan.client;

import io.github.camelanaplan.client.error.AnaplanTimeoutException;
import io.github.camelanaplan.client.task.ActionKind;
import io.github.camelanaplan.client.task.AnaplanTaskFailedException;
import io.github.camelanaplan.client.task.AwaitOptions;
import io.github.camelanaplan.client.task.MappingParameter;
import io.github.camelanaplan.client.task.TaskHandle;
import io.github.camelanaplan.client.task.TaskParameters;
import io.github.camelanaplan.client.task.TaskResult;
import io.github.camelanaplan.client.task.TaskState;
import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.http.RequestInterceptor;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.tasks.TaskControl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.github.camelanaplan.client.SimulatorClients.MODEL;
import static io.github.camelanaplan.client.SimulatorClients.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    private static final List<MappingParameter> ACTUAL = List.of(new MappingParameter("Version", "Actual"));

    private static AnaplanClient client;
    private static ModelClient model;
    private static ScheduledExecutorService scheduler;
    private final RequestLog log = new RequestLog();
    private AnaplanSimulator simulator;

    @BeforeAll
    static void connect(AnaplanSimulator simulator) {
        client = SimulatorClients.demoClient(simulator);
        model = client.model(WORKSPACE, MODEL);
        scheduler = Executors.newSingleThreadScheduledExecutor();
        TaskSupport.assumeSimulatorRunsTasks(model);
    }

    @AfterAll
    static void close() throws InterruptedException {
        client.close();
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }

    @BeforeEach
    void installLog(AnaplanSimulator simulator) {
        this.simulator = simulator;
        simulator.interceptors().add(log);
    }

    @AfterEach
    void removeLog() {
        simulator.interceptors().remove(log);
    }

    @Test
    void anExportRunsAndItsOutputDownloads() throws IOException {
        TaskStatus status = model.runAndWait("Products export", TaskParameters.DEFAULT, Duration.ofSeconds(30));
        assertThat(status.taskState()).isEqualTo(TaskState.COMPLETE);
        assertThat(status.result().isSuccessful()).isTrue();
        String exportId = model.resolveExport("Products export").id();
        assertThat(status.result().objectId()).isEqualTo(exportId);
        try (InputStream in = model.download(exportId)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("Product 001");
        }
        assertThat(log.matching("^POST .*/tasks$")).hasSize(1);
    }

    @Test
    void anImportWithMappingReportsRowsAndAwaitsOnTheCallersScheduler() {
        model.upload("sales.csv", new ByteArrayInputStream(("Product,Region,Month,Units,Price\n"
                + "P001,NA,Jan 26,120,12.5\nP002,WEU,Jan 26,80,12.5\nP003,JP,Mar 26,30,14\n")
                .getBytes(StandardCharsets.UTF_8)), -1);
        TaskHandle handle = model.startTask(ActionKind.IMPORT, "Sales from sales.csv",
                TaskParameters.withMapping(ACTUAL));
        assertThat(handle.taskId()).matches("[0-9A-F]{32}.*");
        TaskStatus status = model.awaitCompletion(handle, AwaitOptions.timeout(Duration.ofSeconds(30)), scheduler)
                .join();
        assertThat(status.isSuccessful()).isTrue();
        assertThat(status.result().rowsProcessed()).isEqualTo(3);
        assertThat(status.result().rowsFailed()).isZero();
        assertThat(model.tasks(ActionKind.IMPORT, "Sales from sales.csv")).extracting(TaskStatus::taskId)
                .first().isEqualTo(handle.taskId());
    }

    @Test
    void rejectedRowsAreReportedAndTheirDumpStreams() throws IOException {
        model.upload("sales.csv", new ByteArrayInputStream(("Product,Region,Month,Units,Price\n"
                + "P001,NA,Jan 26,120,12.5\nNOPE,NA,Jan 26,1,1\n").getBytes(StandardCharsets.UTF_8)), -1);
        TaskHandle handle = model.startTask(ActionKind.IMPORT, "Sales from sales.csv",
                TaskParameters.withMapping(ACTUAL));
        TaskStatus status = model.awaitCompletion(handle, AwaitOptions.timeout(Duration.ofSeconds(30))).join();
        assertThat(status.result().rowsFailed()).isEqualTo(1);
        assertThat(status.result().hasFailureDump()).isTrue();
        try (InputStream dump = model.importDump(handle)) {
            String text = new String(dump.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("_Status_").contains("NOPE");
        }
    }

    @Test
    void aProcessReportsNestedResults() {
        model.upload("sales.csv", new ByteArrayInputStream(("Product,Region,Month,Units,Price\n"
                + "P001,NA,Jan 26,120,12.5\n").getBytes(StandardCharsets.UTF_8)), -1);
        TaskStatus status = model.runAndWait("Nightly Load", TaskParameters.withMapping(ACTUAL),
                Duration.ofSeconds(60));
        assertThat(status.result().nestedResults()).hasSize(3);
        assertThat(status.result().objectId()).startsWith("118");
    }

    @Test
    void aProcessStreamsTheDumpOfItsFailingImport() throws IOException {
        model.upload("sales.csv", new ByteArrayInputStream(("Product,Region,Month,Units,Price\n"
                + "P001,NA,Jan 26,120,12.5\nBOGUS,NA,Jan 26,1,1\n").getBytes(StandardCharsets.UTF_8)), -1);
        TaskHandle handle = model.startTask("Nightly Load", TaskParameters.withMapping(ACTUAL));
        TaskStatus status = model.awaitCompletion(handle, AwaitOptions.timeout(Duration.ofSeconds(60))).join();
        String importId = model.resolveImport("Sales from sales.csv").id();
        TaskResult nested = status.result().nestedResults().stream()
                .filter(r -> importId.equals(r.objectId())).findFirst().orElseThrow();
        assertThat(nested.hasFailureDump()).isTrue();
        assertThat(status.result().rowsFailed()).isGreaterThanOrEqualTo(1);
        try (InputStream dump = model.processDump(handle, importId)) {
            assertThat(new String(dump.readAllBytes(), StandardCharsets.UTF_8)).contains("BOGUS");
        }
    }

    @Test
    void aCancelledTaskEndsCancelledAndFailsRunAndWaitStyleChecks() {
        TaskHandle handle = model.startTask("Sales export", TaskParameters.DEFAULT);
        TaskStatus cancelling = model.cancelTask(handle);
        assertThat(cancelling.taskState()).isIn(TaskState.CANCELLING, TaskState.CANCELLED);
        TaskStatus done = model.awaitCompletion(handle, AwaitOptions.timeout(Duration.ofSeconds(30))).join();
        assertThat(done.taskState()).isEqualTo(TaskState.CANCELLED);
        assertThatThrownBy(done::requireSuccessful).isInstanceOf(AnaplanTaskFailedException.class)
                .hasMessageContaining("cancelled");
    }

    @Test
    void aWaitThatTimesOutCanCancelTheTask() {
        TaskHandle handle = model.startTask("Sales export", TaskParameters.DEFAULT);
        AwaitOptions options = AwaitOptions.timeout(Duration.ofMillis(1)).cancellingOnTimeout()
                .withSchedule(new PollSchedule(Duration.ofMillis(5), 1.0, Duration.ofMillis(5)));
        assertThatThrownBy(() -> model.awaitCompletion(handle, options, scheduler).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(AnaplanTimeoutException.class);
        assertThat(log.count("^DELETE .*/tasks/" + handle.taskId() + "$")).isEqualTo(1);
        TaskStatus finalState = model.awaitCompletion(handle, AwaitOptions.timeout(Duration.ofSeconds(30))).join();
        assertThat(finalState.isTerminal()).isTrue();
    }

    @Test
    void aStartWhoseResponseIsLostAdoptsTheTaskInsteadOfStartingAnother() {
        AtomicBoolean armed = new AtomicBoolean(true);
        RequestInterceptor loseResponse = RequestInterceptor.of(20, (request, response, chain) -> {
            if (request.method().equals("POST") && request.path().endsWith("/tasks")
                    && armed.compareAndSet(true, false)) {
                response.wrapOutput(out -> OutputStream.nullOutputStream());
                chain.proceed(request, response);
                response.abortConnection();
                return;
            }
            chain.proceed(request, response);
        });
        simulator.interceptors().add(loseResponse);
        try {
            String exportId = model.resolveExport("Products export").id();
            TaskControl engine = simulator.service(TaskControl.class).orElseThrow();
            long startedBefore = engine.startedTaskCount(exportId);
            List<String> before = model.tasks(ActionKind.EXPORT, exportId).stream().map(TaskStatus::taskId).toList();
            TaskHandle handle = model.startTask(ActionKind.EXPORT, exportId, TaskParameters.DEFAULT);
            assertThat(armed).isFalse();
            assertThat(engine.startedTaskCount(exportId)).as("the server started exactly one task")
                    .isEqualTo(startedBefore + 1);
            assertThat(log.count("^POST .*/exports/" + exportId + "/tasks$")).as("never started twice").isEqualTo(1);
            List<String> after = model.tasks(ActionKind.EXPORT, exportId).stream().map(TaskStatus::taskId).toList();
            assertThat(after).hasSize(before.size() + 1).contains(handle.taskId());
            assertThat(before).doesNotContain(handle.taskId());
            model.awaitCompletion(handle, AwaitOptions.timeout(Duration.ofSeconds(30))).join();
        } finally {
            simulator.interceptors().remove(loseResponse);
        }
    }

    @Test
    void aTaskReportingProgressIsPolledAtItsPredictedEndRatherThanOnTheSchedule() {
        TaskControl engine = simulator.service(TaskControl.class).orElseThrow();
        var before = engine.settings();
        engine.settings(before.withBaseDuration(Duration.ofSeconds(1)));
        try {
            // after the first poll at 300 ms the schedule alone would wait 3 s, long after the 1 s task ended
            AwaitOptions options = AwaitOptions.timeout(Duration.ofSeconds(30))
                    .withSchedule(new PollSchedule(Duration.ofMillis(300), 10.0, Duration.ofSeconds(60)));
            TaskHandle handle = model.startTask(ActionKind.ACTION, "Delete discontinued products",
                    TaskParameters.DEFAULT);
            long start = System.nanoTime();
            TaskStatus done = model.awaitCompletion(handle, options, scheduler).join();
            Duration waited = Duration.ofNanos(System.nanoTime() - start);

            assertThat(done.taskState()).isEqualTo(TaskState.COMPLETE);
            assertThat(waited).as("finished before the schedule's second poll at 3.3 s")
                    .isLessThan(Duration.ofMillis(3000));
            assertThat(log.count("^GET .*/actions/[0-9]+/tasks/" + handle.taskId() + "$")).isBetween(2L, 4L);
        } finally {
            engine.settings(before);
        }
    }
}
