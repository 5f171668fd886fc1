package io.github.camelanaplan.simulator.tasks;

import static io.github.camelanaplan.simulator.tasks.TaskCalls.ACTUAL;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.NIGHTLY_PROCESS;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.PRODUCTS_EXPORT;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.PRODUCTS_FILE;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.PRODUCTS_IMPORT;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.SALES_FILE;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.AnaplanList;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One task per model at a time, the queue behind it, the busy model, cancellation and the test hooks. */
class BusyModelTest {

    private static final Duration FAST = Duration.ofMillis(30);

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.taskDuration(FAST))
            .build();

    private static TaskCalls demo;
    private static TaskControl control;
    private static String modelId;
    private static AnaplanList products;

    @BeforeAll
    static void setUp(AnaplanSimulator sim) {
        demo = TaskCalls.demo(sim);
        control = demo.control();
        modelId = demo.model().id();
        products = demo.model().lists().byName("Products").orElseThrow();
    }

    @AfterEach
    void calmDown() throws InterruptedException {
        control.holdModelBusy(modelId, Duration.ZERO);
        assertThat(control.awaitIdle(modelId, Duration.ofSeconds(20))).isTrue();
        control.settings(TaskSettings.defaults(FAST));
    }

    private static void slow(Duration base, BusyPolicy policy, Duration busyWait) {
        control.settings(TaskSettings.defaults(base).withBusyPolicy(policy).withBusyWait(busyWait));
    }

    /** Polls a task until its status matches. */
    private static JsonNode awaitStatus(String segment, String actionId, String taskId, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonNode task = demo.status(segment, actionId, taskId);
            if (done.test(task)) {
                return task;
            }
            assertThat(System.nanoTime()).as("waiting for %s", task).isLessThan(deadline);
            TaskCalls.pause(5);
        }
    }

    private static Predicate<JsonNode> inState(String state) {
        return task -> task.path("taskState").asText().equals(state);
    }

    @Test
    void aSecondTaskWaitsNotStartedWhileTheModelShowsItIsBusy() throws InterruptedException {
        slow(Duration.ofSeconds(5), BusyPolicy.WAIT, TaskSettings.DEFAULT_BUSY_WAIT);
        String first = demo.start("imports", PRODUCTS_IMPORT, "{}");
        String second = demo.start("exports", PRODUCTS_EXPORT, "{}");
        awaitStatus("imports", PRODUCTS_IMPORT, first, inState("IN_PROGRESS"));

        JsonNode queued = demo.status("exports", PRODUCTS_EXPORT, second);
        assertThat(queued.path("taskState").asText()).isEqualTo("NOT_STARTED");
        assertThat(queued.path("progress").asDouble()).isZero();
        JsonNode model = TestHttp.json(demo.getUrl(demo.direct() + "?modelDetails=true")).path("model");
        assertThat(model.path("modelTransactionRunning").asBoolean()).isTrue();
        JsonNode status = TestHttp.json(demo.getUrl(demo.direct() + "/status")).path("requestStatus");
        assertThat(status.path("currentStep").asText()).isEqualTo("Processing ...");
        assertThat(status.path("taskId").asText()).isEqualTo(first);
        assertThat(status.path("tooltip").asText())
                .isEqualTo("The system is currently processing an Import: Products from products.csv");

        // Once the first task is out of the way, the second one runs.
        control.settings(TaskSettings.defaults(FAST));
        demo.delete("/imports/" + PRODUCTS_IMPORT + "/tasks/" + first);
        assertThat(demo.await("imports", PRODUCTS_IMPORT, first).path("taskState").asText()).isEqualTo("CANCELLED");
        assertThat(demo.await("exports", PRODUCTS_EXPORT, second).path("taskState").asText()).isEqualTo("COMPLETE");
        assertThat(control.awaitIdle(modelId, Duration.ofSeconds(10))).isTrue();
        assertThat(TestHttp.json(demo.getUrl(demo.direct())).path("model").path("modelTransactionRunning").asBoolean())
                .isFalse();
    }

    @Test
    void dataAndFileEndpointsGet409WhileTaskEndpointsKeepAnswering() {
        slow(Duration.ofSeconds(5), BusyPolicy.REJECT, TaskSettings.DEFAULT_BUSY_WAIT);
        String running = demo.start("imports", PRODUCTS_IMPORT, "{}");
        awaitStatus("imports", PRODUCTS_IMPORT, running, inState("IN_PROGRESS"));

        HttpResponse<byte[]> files = demo.get("/files");
        assertThat(files.statusCode()).isEqualTo(409);
        assertThat(TestHttp.json(files).path("status").path("message").asText()).isEqualTo(
                "The model is currently busy running import 'Products from products.csv'. Try again later.");
        assertThat(demo.getUrl(demo.direct() + "/lists/" + products.id() + "/items").statusCode()).isEqualTo(409);

        assertThat(demo.get("/imports").statusCode()).isEqualTo(200);
        assertThat(demo.get("/imports/" + PRODUCTS_IMPORT).statusCode()).isEqualTo(200);
        assertThat(demo.get("/imports/" + PRODUCTS_IMPORT + "/tasks").statusCode()).isEqualTo(200);
        assertThat(demo.get("/processes").statusCode()).isEqualTo(200);
        assertThat(demo.getUrl(demo.direct()).statusCode()).isEqualTo(200);
        assertThat(demo.getUrl(demo.direct() + "/status").statusCode()).isEqualTo(200);
        String queued = demo.start("exports", PRODUCTS_EXPORT, "{}");

        demo.delete("/exports/" + PRODUCTS_EXPORT + "/tasks/" + queued);
        demo.delete("/imports/" + PRODUCTS_IMPORT + "/tasks/" + running);
        demo.await("imports", PRODUCTS_IMPORT, running);
        demo.await("exports", PRODUCTS_EXPORT, queued);
        assertThat(demo.get("/files").statusCode()).isEqualTo(200);
    }

    @Test
    void underTheWaitPolicyABlockedRequestAnswersOnceTheModelIsFreeOrGives409AfterTheBound() {
        slow(Duration.ofMillis(500), BusyPolicy.WAIT, Duration.ofSeconds(15));
        String running = demo.start("imports", PRODUCTS_IMPORT, "{}");
        awaitStatus("imports", PRODUCTS_IMPORT, running, inState("IN_PROGRESS"));

        assertThat(demo.get("/files").statusCode()).isEqualTo(200);
        assertThat(demo.status("imports", PRODUCTS_IMPORT, running).path("taskState").asText()).isEqualTo("COMPLETE");

        slow(Duration.ofSeconds(5), BusyPolicy.WAIT, Duration.ofMillis(100));
        String next = demo.start("imports", PRODUCTS_IMPORT, "{}");
        awaitStatus("imports", PRODUCTS_IMPORT, next, inState("IN_PROGRESS"));
        long start = System.nanoTime();
        assertThat(demo.get("/files").statusCode()).isEqualTo(409);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        demo.delete("/imports/" + PRODUCTS_IMPORT + "/tasks/" + next);
    }

    @Test
    void aHeldModelQueuesTasksAndBlocksDataUntilReleased() {
        slow(FAST, BusyPolicy.REJECT, TaskSettings.DEFAULT_BUSY_WAIT);
        control.holdModelBusy(modelId, Duration.ofSeconds(30));
        assertThat(control.isBusy(modelId)).isTrue();

        HttpResponse<byte[]> files = demo.get("/files");
        assertThat(files.statusCode()).isEqualTo(409);
        assertThat(text(files)).contains("busy running another operation");
        String queued = demo.start("exports", PRODUCTS_EXPORT, "{}");
        TaskCalls.pause(150);
        assertThat(demo.status("exports", PRODUCTS_EXPORT, queued).path("taskState").asText()).isEqualTo("NOT_STARTED");
        assertThat(TestHttp.json(demo.getUrl(demo.direct())).path("model").path("modelTransactionRunning").asBoolean())
                .isTrue();

        control.holdModelBusy(modelId, Duration.ZERO);
        assertThat(demo.await("exports", PRODUCTS_EXPORT, queued).path("taskState").asText()).isEqualTo("COMPLETE");
        assertThat(demo.get("/files").statusCode()).isEqualTo(200);
    }

    @Test
    void failNextTaskFailsExactlyOneTaskAndStartsAreRecorded() {
        long before = control.startedTaskCount(PRODUCTS_EXPORT);
        control.failNextTask(modelId, "Injected failure");

        String failedId = demo.start("exports", PRODUCTS_EXPORT, "{}");
        JsonNode failed = demo.await("exports", PRODUCTS_EXPORT, failedId);
        String okId = demo.start("exports", PRODUCTS_EXPORT, "{}");
        JsonNode ok = demo.await("exports", PRODUCTS_EXPORT, okId);

        assertThat(failed.path("taskState").asText()).isEqualTo("COMPLETE");
        assertThat(failed.path("currentStep").asText()).isEqualTo("Failed.");
        assertThat(failed.path("result").path("successful").asBoolean()).isFalse();
        assertThat(failed.path("result").path("objectId").asText()).isEqualTo(PRODUCTS_EXPORT);
        assertThat(failed.path("result").path("details").get(0).path("localMessageText").asText())
                .isEqualTo("Injected failure");
        assertThat(ok.path("result").path("successful").asBoolean()).isTrue();
        assertThat(control.startedTaskCount(PRODUCTS_EXPORT)).isEqualTo(before + 2);
        assertThat(control.taskStarts()).extracting(TaskStart::taskId).contains(failedId, okId);
        TaskStart start = control.taskStarts().stream().filter(s -> s.taskId().equals(okId)).findFirst().orElseThrow();
        assertThat(start.kind()).isEqualTo(ActionKind.EXPORT);
        assertThat(start.modelId()).isEqualTo(modelId);
    }

    @Test
    void cancellingAQueuedTaskEndsItWithoutRunning() {
        slow(Duration.ofMillis(600), BusyPolicy.WAIT, TaskSettings.DEFAULT_BUSY_WAIT);
        String running = demo.start("imports", PRODUCTS_IMPORT, "{}");
        String queued = demo.start("exports", PRODUCTS_EXPORT, "{}");

        HttpResponse<byte[]> cancel = demo.delete("/exports/" + PRODUCTS_EXPORT + "/tasks/" + queued);
        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(cancel).path("task").path("taskState").asText()).isEqualTo("CANCELLING");

        JsonNode cancelled = demo.await("exports", PRODUCTS_EXPORT, queued);
        assertThat(cancelled.path("taskState").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("currentStep").asText()).isEqualTo("Cancelled.");
        assertThat(cancelled.path("result").path("successful").asBoolean()).isFalse();
        assertThat(cancelled.path("result").path("failureDumpAvailable").asBoolean()).isFalse();
        assertThat(demo.await("imports", PRODUCTS_IMPORT, running).path("taskState").asText()).isEqualTo("COMPLETE");

        // Cancelling a finished task changes nothing.
        HttpResponse<byte[]> late = demo.delete("/imports/" + PRODUCTS_IMPORT + "/tasks/" + running);
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(late).path("task").path("taskState").asText()).isEqualTo("COMPLETE");
    }

    @Test
    void cancellingARunningImportLeavesTheListUntouched() {
        slow(Duration.ofSeconds(3), BusyPolicy.WAIT, TaskSettings.DEFAULT_BUSY_WAIT);
        demo.upload(PRODUCTS_FILE, "Name,Code,Family,Category,Unit Price,Discontinued\n"
                + "Cancelled Probe,CP1,HW,Premium,1,false\nBad,CP2,Nowhere,Premium,1,false\n");
        String taskId = demo.start("imports", PRODUCTS_IMPORT, "{}");
        awaitStatus("imports", PRODUCTS_IMPORT, taskId, inState("IN_PROGRESS"));

        HttpResponse<byte[]> cancel = demo.delete("/imports/" + PRODUCTS_IMPORT + "/tasks/" + taskId);
        assertThat(TestHttp.json(cancel).path("task").path("taskState").asText()).isEqualTo("CANCELLING");
        JsonNode cancelled = demo.await("imports", PRODUCTS_IMPORT, taskId);

        assertThat(cancelled.path("taskState").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("result").path("objectId").asText()).isEqualTo(PRODUCTS_IMPORT);
        assertThat(products.store().byCode("CP1")).isEmpty();
        assertThat(demo.get("/imports/" + PRODUCTS_IMPORT + "/tasks/" + taskId + "/dump").statusCode()).isEqualTo(404);
    }

    @Test
    void cancellingAProcessRollsBackTheActionsItAlreadyCommitted() {
        slow(Duration.ofMillis(1500), BusyPolicy.WAIT, TaskSettings.DEFAULT_BUSY_WAIT);
        demo.upload(PRODUCTS_FILE, "Name,Code,Family,Category,Unit Price,Discontinued\n"
                + "Rolled Back,RB1,HW,Premium,1,false\n");
        demo.upload(SALES_FILE, "Product,Region,Month,Units,Price\nRB1,NA,Jan 26,3,5\n");
        String taskId = demo.start("processes", NIGHTLY_PROCESS, ACTUAL);
        // Past a third of the progress the first action (the products import) has committed.
        awaitStatus("processes", NIGHTLY_PROCESS, taskId, task -> task.path("progress").asDouble() > 0.34);
        assertThat(products.store().byCode("RB1")).isPresent();

        assertThat(demo.delete("/processes/" + NIGHTLY_PROCESS + "/tasks/" + taskId).statusCode()).isEqualTo(200);
        JsonNode cancelled = demo.await("processes", NIGHTLY_PROCESS, taskId);

        assertThat(cancelled.path("taskState").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("result").path("successful").asBoolean()).isFalse();
        assertThat(cancelled.path("result").has("nestedResults")).isTrue();
        assertThat(products.store().byCode("RB1")).isEmpty();
    }
}
