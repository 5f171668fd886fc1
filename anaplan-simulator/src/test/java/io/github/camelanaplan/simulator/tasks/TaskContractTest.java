package io.github.camelanaplan.simulator.tasks;

import static io.github.camelanaplan.simulator.tasks.TaskCalls.ACTUAL;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.DELETE_ACTION;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.NIGHTLY_PROCESS;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.PRODUCTS_EXPORT;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.PRODUCTS_IMPORT;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Start, poll, list and cancel: exact field names, states and status codes. */
class TaskContractTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.taskDuration(Duration.ofMillis(40)).user("second@example.com:second-password"))
            .build();

    private static TaskCalls demo;
    private static TaskCalls viewer;
    private static TaskCalls outsider;

    @BeforeAll
    static void setUp(AnaplanSimulator sim) {
        demo = TaskCalls.demo(sim);
        viewer = TaskCalls.viewer(sim);
        outsider = TaskCalls.outsider(sim);
    }

    @Test
    void startAnswersExactly200WithANotStartedTask() {
        HttpResponse<byte[]> response = demo.post("/exports/" + PRODUCTS_EXPORT + "/tasks", "{\"localeName\":\"en_US\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = TestHttp.json(response);
        assertThat(body.path("meta").path("schema").asText())
                .endsWith("/2/0/models/" + demo.model().id() + "/objects/task");
        assertThat(body.path("status").path("code").asInt()).isEqualTo(200);
        assertThat(body.path("status").path("message").asText()).isEqualTo("Success");
        JsonNode task = body.path("task");
        assertThat(task.path("taskId").asText()).matches("[0-9A-F]{32}");
        assertThat(task.path("taskState").asText()).isEqualTo("NOT_STARTED");
        assertThat(task.path("creationTime").isIntegralNumber()).isTrue();
        assertThat(task.path("creationTime").asLong())
                .isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis() + 1_000);
        demo.await("exports", PRODUCTS_EXPORT, task.path("taskId").asText());
    }

    @Test
    void startAcceptsAnyBodyClientsSend() {
        List<String> bodies = List.of(
                "{}",
                "{\"localeName\":\"en\",\"mappingParameters\":null,\"connectorParameters\":null,"
                        + "\"id\":\"116000000001\",\"name\":\"Products export\",\"exportType\":\"TABULAR_MULTI_COLUMN\"}",
                "{\"localeName\":\"en_GB\",\"unknownField\":{\"nested\":[1,2]}}",
                "not json at all");
        for (String body : bodies) {
            String taskId = demo.start("exports", PRODUCTS_EXPORT, body);
            assertThat(demo.await("exports", PRODUCTS_EXPORT, taskId).path("taskState").asText()).isEqualTo("COMPLETE");
        }
        String noBody = demo.start("exports", PRODUCTS_EXPORT, null);
        assertThat(demo.await("exports", PRODUCTS_EXPORT, noBody).path("result").path("successful").asBoolean())
                .isTrue();
    }

    @Test
    void bothPathFormsStartAndPoll() {
        HttpResponse<byte[]> started = demo.getUrl(demo.direct() + "/exports/" + PRODUCTS_EXPORT + "/tasks");
        assertThat(started.statusCode()).isEqualTo(200);
        String taskId = demo.start("exports", PRODUCTS_EXPORT, "{\"localeName\":\"en_US\"}");
        HttpResponse<byte[]> direct = demo.getUrl(demo.direct() + "/exports/" + PRODUCTS_EXPORT + "/tasks/" + taskId);
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(direct).path("task").path("taskId").asText()).isEqualTo(taskId);
        demo.await("exports", PRODUCTS_EXPORT, taskId);
    }

    @Test
    void pollAlwaysCarriesTheFieldsClientsRequireAndAResultOnceComplete() {
        String taskId = demo.start("imports", PRODUCTS_IMPORT, "{\"localeName\":\"en_US\"}");
        JsonNode first = demo.status("imports", PRODUCTS_IMPORT, taskId);
        assertThat(first.path("type").asText()).isEqualTo("taskInformation");
        for (String field : List.of("taskId", "taskState", "creationTime", "progress", "currentStep")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.path("taskState").asText()).isIn("NOT_STARTED", "IN_PROGRESS");
        assertThat(first.has("result")).isFalse();

        JsonNode done = demo.await("imports", PRODUCTS_IMPORT, taskId);
        assertThat(done.path("taskState").asText()).isEqualTo("COMPLETE");
        assertThat(done.path("currentStep").asText()).isEqualTo("Complete.");
        assertThat(done.path("progress").asDouble()).isEqualTo(1.0);
        assertThat(done.path("creationTime").asLong()).isEqualTo(first.path("creationTime").asLong());
        JsonNode result = done.path("result");
        assertThat(result.path("successful").asBoolean()).isTrue();
        assertThat(result.path("failureDumpAvailable").asBoolean()).isFalse();
        assertThat(result.path("objectId").asText()).isEqualTo(PRODUCTS_IMPORT);
        assertThat(result.path("objectName").asText()).isEqualTo("Products from products.csv");
        JsonNode detail = result.path("details").get(0);
        assertThat(detail.path("type").asText()).isEqualTo("hierarchyRowsProcessed");
        assertThat(detail.path("occurrences").asInt()).isZero();
        // Other tests may have run this import before: the split between creates and updates varies.
        assertThat(detail.path("localMessageText").asText()).matches("Products: 4 \\([0-4]/[0-4]\\) rows successful ");
        assertThat(values(detail)).containsSequence("hierarchyName", "Products", "successRowCount", "4");
        assertThat(values(detail)).contains("failedCount", "ignoredCount", "totalRowCount", "renamedCount");
    }

    @Test
    void unknownActionsAndTasksAre404() {
        assertThat(demo.post("/imports/112999999999/tasks", "{}").statusCode()).isEqualTo(404);
        assertThat(demo.post("/imports/" + PRODUCTS_EXPORT + "/tasks", "{}").statusCode()).isEqualTo(404);
        assertThat(demo.post("/processes/" + DELETE_ACTION + "/tasks", "{}").statusCode()).isEqualTo(404);
        assertThat(demo.get("/imports/" + PRODUCTS_IMPORT + "/tasks/0123456789ABCDEF0123456789ABCDEF").statusCode())
                .isEqualTo(404);
        String exportTask = demo.start("exports", PRODUCTS_EXPORT, "{}");
        assertThat(demo.get("/imports/" + PRODUCTS_IMPORT + "/tasks/" + exportTask).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> unknown = demo.delete("/exports/" + PRODUCTS_EXPORT + "/tasks/FFFF");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(TestHttp.json(unknown).path("status").path("message").asText()).isEqualTo("Not Found");
        demo.await("exports", PRODUCTS_EXPORT, exportTask);
    }

    @Test
    void readOnlyUsersMayPollButNotStartOrCancel() {
        HttpResponse<byte[]> start = viewer.post("/imports/" + PRODUCTS_IMPORT + "/tasks", "{\"localeName\":\"en_US\"}");
        assertThat(start.statusCode()).as(text(start)).isEqualTo(403);
        String taskId = demo.start("processes", NIGHTLY_PROCESS, ACTUAL);
        assertThat(viewer.get("/processes/" + NIGHTLY_PROCESS + "/tasks/" + taskId).statusCode()).isEqualTo(200);
        assertThat(viewer.delete("/processes/" + NIGHTLY_PROCESS + "/tasks/" + taskId).statusCode()).isEqualTo(403);
        demo.await("processes", NIGHTLY_PROCESS, taskId);
    }

    @Test
    void noAccessUsersGet404ButAnEmptyTaskList() {
        String taskId = demo.start("actions", DELETE_ACTION, "{}");
        assertThat(outsider.post("/actions/" + DELETE_ACTION + "/tasks", "{}").statusCode()).isEqualTo(404);
        assertThat(outsider.get("/actions/" + DELETE_ACTION + "/tasks/" + taskId).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> list = outsider.get("/actions/" + DELETE_ACTION + "/tasks");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode body = TestHttp.json(list);
        assertThat(body.path("tasks").size()).isZero();
        assertThat(body.path("meta").path("paging").path("totalSize").asInt()).isZero();
        demo.await("actions", DELETE_ACTION, taskId);
    }

    @Test
    void listsAreOldestFirstSortableNewestFirstPagedAndIncludeOtherUsersTasks(AnaplanSimulator sim) {
        TaskCalls second = TaskCalls.as(sim, "second@example.com", "second-password");
        List<String> ids = new ArrayList<>();
        ids.add(demo.start("exports", TaskCalls.GRID_EXPORT, "{}"));
        ids.add(second.start("exports", TaskCalls.GRID_EXPORT, "{}"));
        ids.add(demo.start("exports", TaskCalls.GRID_EXPORT, "{}"));
        ids.forEach(id -> demo.await("exports", TaskCalls.GRID_EXPORT, id));

        JsonNode ascending = TestHttp.json(demo.get("/exports/" + TaskCalls.GRID_EXPORT + "/tasks"));
        assertThat(taskIds(ascending)).containsExactlyElementsOf(ids);
        JsonNode entry = ascending.path("tasks").get(0);
        assertThat(entry.path("taskState").asText()).isEqualTo("COMPLETE");
        assertThat(entry.has("creationTime")).isTrue();
        assertThat(ascending.path("meta").path("paging").path("totalSize").asInt()).isEqualTo(3);
        assertThat(ascending.path("status").path("code").asInt()).isEqualTo(200);

        List<String> newestFirst = new ArrayList<>(ids);
        Collections.reverse(newestFirst);
        for (String sort : List.of("-creationTime", "-creationDate")) {
            JsonNode newest = TestHttp.json(demo.get("/exports/" + TaskCalls.GRID_EXPORT + "/tasks?sort=" + sort));
            assertThat(taskIds(newest)).as(sort).containsExactlyElementsOf(newestFirst);
        }
        JsonNode page = TestHttp.json(demo.get("/exports/" + TaskCalls.GRID_EXPORT + "/tasks?limit=1&offset=1"));
        assertThat(taskIds(page)).containsExactly(ids.get(1));
        assertThat(page.path("meta").path("paging").path("currentPageSize").asInt()).isEqualTo(1);
        assertThat(page.path("meta").path("paging").path("offset").asInt()).isEqualTo(1);

        JsonNode unknownAction = TestHttp.json(demo.get("/exports/116999999999/tasks"));
        assertThat(unknownAction.path("tasks").size()).isZero();
    }

    private static List<String> taskIds(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("tasks").forEach(t -> ids.add(t.path("taskId").asText()));
        return ids;
    }

    static List<String> values(JsonNode detail) {
        List<String> values = new ArrayList<>();
        detail.path("values").forEach(v -> values.add(v.asText()));
        return values;
    }
}
