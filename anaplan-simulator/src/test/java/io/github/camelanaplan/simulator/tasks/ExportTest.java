package io.github.camelanaplan.simulator.tasks;

import static io.github.camelanaplan.simulator.tasks.TaskCalls.ACTUAL;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.GRID_EXPORT;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.PRODUCTS_EXPORT;
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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Exports write the current data, in the announced layout, to the file whose id is the export id. */
class ExportTest {

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
    void listExportReturnsWhatAnImportWrote() {
        demo.upload(PRODUCTS_FILE, "Name,Code,Family,Category,Unit Price,Discontinued\n"
                + "Export Probe,XP1,SW,\"Budget, small\",49.0,TRUE\n");
        assertThat(demo.run("imports", PRODUCTS_IMPORT, "{}").path("result").path("successful").asBoolean()).isTrue();

        JsonNode task = demo.run("exports", PRODUCTS_EXPORT, "{\"localeName\":\"en_US\"}");

        JsonNode result = task.path("result");
        assertThat(result.path("successful").asBoolean()).isTrue();
        assertThat(result.path("failureDumpAvailable").asBoolean()).isFalse();
        assertThat(result.path("objectId").asText()).isEqualTo(PRODUCTS_EXPORT);
        assertThat(result.path("details").get(0).path("type").asText()).isEqualTo("exportSucceeded");

        String csv = download(PRODUCTS_EXPORT);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Products,Code,Parent,Category,Unit Price,Discontinued");
        assertThat(lines).contains("Product 001,P001,Hardware,Standard,9.5,false",
                "Product 025,P025,Hardware,Standard,63.5,true",
                "Export Probe,XP1,Software,\"Budget, small\",49,true");
        assertThat(lines).hasSize(1 + demo.model().lists().byName("Products").orElseThrow().store().size());
    }

    @Test
    void moduleExportHasOneRowPerCombinationAndTheImportedValues() {
        demo.upload(SALES_FILE, "Product,Region,Month,Units,Price\nP300,JP,Dec 26,250,3.25\n");
        assertThat(demo.run("imports", SALES_IMPORT, ACTUAL).path("result").path("successful").asBoolean()).isTrue();

        demo.run("exports", SALES_EXPORT, "{}");

        List<String> lines = download(SALES_EXPORT).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Products,Regions,Time,Versions,Units,Price,Revenue,Comment");
        int products = demo.model().lists().byName("Products").orElseThrow().store().size();
        assertThat(lines).hasSize(1 + products * 8 * 12 * 2);
        assertThat(lines.get(1)).startsWith("Product 001,North America,Jan 26,Actual,");
        assertThat(lines.get(1)).endsWith(",Launch month");
        assertThat(lines).contains("Product 300,Japan,Dec 26,Actual,250,3.25,0,");
    }

    @Test
    void gridExportUsesTheViewLayout() {
        demo.run("exports", GRID_EXPORT, "{}");

        List<String> lines = download(GRID_EXPORT).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Regions,Jan 26,Feb 26,Mar 26,Apr 26,May 26,Jun 26,Jul 26,Aug 26,Sep 26,"
                + "Oct 26,Nov 26,Dec 26");
        int products = demo.model().lists().byName("Products").orElseThrow().store().size();
        assertThat(lines).hasSize(1 + 8 * 2 * products);
        assertThat(lines.get(1)).startsWith("North America,");
    }

    /** Lists the output's chunks and downloads them in order; also checks the whole-file download agrees. */
    private static String download(String exportId) {
        JsonNode files = TestHttp.json(demo.get("/files"));
        int chunkCount = -1;
        for (JsonNode file : files.path("files")) {
            if (file.path("id").asText().equals(exportId)) {
                chunkCount = file.path("chunkCount").asInt();
            }
        }
        JsonNode chunks = TestHttp.json(demo.get("/files/" + exportId + "/chunks")).path("chunks");
        assertThat(chunks.size()).isEqualTo(chunkCount).isPositive();
        StringBuilder content = new StringBuilder();
        for (JsonNode chunk : chunks) {
            content.append(text(demo.get("/files/" + exportId + "/chunks/" + chunk.path("id").asText())));
        }
        assertThat(text(demo.get("/files/" + exportId))).isEqualTo(content.toString());
        return content.toString();
    }
}
