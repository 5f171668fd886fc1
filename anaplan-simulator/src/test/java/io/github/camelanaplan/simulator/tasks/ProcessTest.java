package io.github.camelanaplan.simulator.tasks;

import static io.github.camelanaplan.simulator.tasks.TaskCalls.ACTUAL;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.NIGHTLY_PROCESS;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.PRODUCTS_FILE;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.PRODUCTS_IMPORT;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.SALES_EXPORT;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.SALES_FILE;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.SALES_IMPORT;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A process runs its actions in order in one task, with one nested result and possibly a dump per action. */
class ProcessTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.taskDuration(Duration.ofMillis(30)))
            .build();

    private static TaskCalls demo;

    @BeforeAll
    static void setUp(AnaplanSimulator sim) {
        demo = TaskCalls.demo(sim);
    }

    @Test
    void nestedResultsPerActionAndAPerActionDump() {
        demo.upload(PRODUCTS_FILE, "Name,Code,Family,Category,Unit Price,Discontinued\n"
                + "Process Probe,PP1,HW,Premium,5,false\n"
                + "Bad Probe,PP2,HW,Premium,five,false\n");
        demo.upload(SALES_FILE, "Product,Region,Month,Units,Price\nPP1,NA,Jan 26,3,5\n");
        String taskId = demo.start("processes", NIGHTLY_PROCESS, ACTUAL);
        JsonNode task = demo.await("processes", NIGHTLY_PROCESS, taskId);

        assertThat(task.path("currentStep").asText()).isEqualTo("Complete.");
        JsonNode result = task.path("result");
        assertThat(result.path("objectId").asText()).isEqualTo(NIGHTLY_PROCESS);
        assertThat(result.path("successful").asBoolean()).isTrue();
        assertThat(result.path("failureDumpAvailable").asBoolean()).isTrue();
        JsonNode nested = result.path("nestedResults");
        assertThat(objectIds(nested)).containsExactly(PRODUCTS_IMPORT, SALES_IMPORT, SALES_EXPORT);
        for (JsonNode action : nested) {
            assertThat(action.has("details")).isTrue();
            assertThat(action.has("successful")).isTrue();
            assertThat(action.has("failureDumpAvailable")).isTrue();
        }
        assertThat(nested.get(0).path("failureDumpAvailable").asBoolean()).isTrue();
        assertThat(nested.get(1).path("failureDumpAvailable").asBoolean()).isFalse();
        assertThat(nested.get(1).path("details").get(0).path("localMessageText").asText())
                .isEqualTo("Sales: 1 (0/1) rows successful ");
        assertThat(nested.get(2).path("details").get(0).path("type").asText()).isEqualTo("exportSucceeded");

        String dumps = "/processes/" + NIGHTLY_PROCESS + "/tasks/" + taskId + "/dumps/";
        String expected = "_Status_,Name,Code,Family,Category,Unit Price,Discontinued,_Line_,_Error_1_\n"
                + "E,Bad Probe,PP2,HW,Premium,five,false,3,Invalid number: five\n";
        JsonNode chunks = TestHttp.json(demo.get(dumps + PRODUCTS_IMPORT + "/chunks"));
        assertThat(chunks.path("chunks").get(0).path("id").asText()).isEqualTo("0");
        assertThat(text(demo.get(dumps + PRODUCTS_IMPORT + "/chunks/0"))).isEqualTo(expected);
        assertThat(text(demo.get(dumps + PRODUCTS_IMPORT))).isEqualTo(expected);
        assertThat(demo.get(dumps + SALES_IMPORT + "/chunks").statusCode()).isEqualTo(404);
        assertThat(demo.get(dumps + SALES_EXPORT + "/chunks").statusCode()).isEqualTo(404);
        // The process task's dump is not reachable as an import task's dump.
        assertThat(demo.get("/imports/" + PRODUCTS_IMPORT + "/tasks/" + taskId + "/dump").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aFailingActionStopsTheProcess() {
        demo.upload(PRODUCTS_FILE, "Name,Code,Family,Category,Unit Price,Discontinued\nStop Probe,SP1,HW,A,1,false\n");
        JsonNode task = demo.run("processes", NIGHTLY_PROCESS, "{\"localeName\":\"en_US\"}");

        assertThat(task.path("currentStep").asText()).isEqualTo("Complete.");
        JsonNode result = task.path("result");
        assertThat(result.path("successful").asBoolean()).isFalse();
        assertThat(objectIds(result.path("nestedResults"))).containsExactly(PRODUCTS_IMPORT, SALES_IMPORT);
        assertThat(result.path("nestedResults").get(1).path("successful").asBoolean()).isFalse();
        assertThat(result.path("nestedResults").get(1).path("details").get(0).path("localMessageText").asText())
                .startsWith("Mapping parameter missing for Versions");
    }

    private static List<String> objectIds(JsonNode nested) {
        List<String> ids = new ArrayList<>();
        nested.forEach(n -> ids.add(n.path("objectId").asText()));
        return ids;
    }
}
