package io.github.camelanaplan.simulator.tasks;

import static io.github.camelanaplan.simulator.tasks.TaskCalls.PRODUCTS_FILE;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.PRODUCTS_IMPORT;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.FileDef;
import io.github.camelanaplan.simulator.state.ListItem;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HIERARCHY_DATA imports: creates, updates, renames, rejected rows and their failure dump. */
class ListImportTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.taskDuration(Duration.ofMillis(30)))
            .build();

    private static final String HEADER = "Name,Code,Family,Category,Unit Price,Discontinued\n";
    private static final String MIXED = HEADER
            + "Product 001,P001,HW,Premium,12.50,false\n"
            + "Gadget A,G001,SW,Standard,49.0,true\n"
            + "Gadget B,G002,XX,Budget,10,false\n"
            + "Gadget C,G001,SW,Budget,10,false\n"
            + "Gadget D,G004,SV,Budget,abc,false\n"
            + "Gadget E,G005,AC,Budget,1,maybe\n"
            + ",,,,,\n"
            + "Renamed 002,P002,Hardware,Premium,1,false\n"
            + "\"Gadget, Quoted\",G006,HW,\"Text, with comma\",2,TRUE\n";

    private static TaskCalls demo;
    private static TaskCalls viewer;
    private static AnaplanList products;

    @BeforeAll
    static void setUp(AnaplanSimulator sim) {
        demo = TaskCalls.demo(sim);
        viewer = TaskCalls.viewer(sim);
        products = demo.model().lists().byName("Products").orElseThrow();
    }

    @Test
    void rowsAreCreatedUpdatedRenamedOrRejectedIntoTheDump() {
        demo.upload(PRODUCTS_FILE, MIXED);
        String taskId = demo.start("imports", PRODUCTS_IMPORT, "{\"localeName\":\"en_US\"}");
        JsonNode task = demo.await("imports", PRODUCTS_IMPORT, taskId);

        assertThat(task.path("currentStep").asText()).isEqualTo("Complete.");
        JsonNode result = task.path("result");
        assertThat(result.path("successful").asBoolean()).isTrue();
        assertThat(result.path("failureDumpAvailable").asBoolean()).isTrue();
        JsonNode detail = result.path("details").get(0);
        assertThat(detail.path("type").asText()).isEqualTo("hierarchyRowsProcessed");
        assertThat(detail.path("localMessageText").asText())
                .isEqualTo("Products: 4 (2/2) rows successful, 4 failed, 1 ignored ");
        assertThat(TaskContractTest.values(detail)).containsExactly(
                "hierarchyName", "Products", "successRowCount", "4", "successCreateCount", "2",
                "successUpdateCount", "2", "warningsRowCount", "0", "warningsCreateCount", "0",
                "warningsUpdateCount", "0", "failedCount", "4", "ignoredCount", "1", "totalRowCount", "9",
                "totalCreateCount", "2", "totalUpdateCount", "2", "invalidCount", "4", "updatedCount", "2",
                "renamedCount", "1", "createdCount", "2");

        ListItem gadget = products.store().byCode("G001").orElseThrow();
        assertThat(gadget.name()).isEqualTo("Gadget A");
        assertThat(gadget.properties()).isEqualTo(Map.of("Category", "Standard", "Unit Price", "49",
                "Discontinued", "true"));
        assertThat(parentName(gadget)).isEqualTo("Software");
        assertThat(products.store().byCode("P001").orElseThrow().properties().get("Unit Price")).isEqualTo("12.5");
        assertThat(products.store().byCode("P002").orElseThrow().name()).isEqualTo("Renamed 002");
        assertThat(products.store().byName("Product 002")).isEmpty();
        assertThat(products.store().byCode("G006").orElseThrow().name()).isEqualTo("Gadget, Quoted");
        assertThat(products.store().byCode("G002")).isEmpty();

        String dump = "_Status_,Name,Code,Family,Category,Unit Price,Discontinued,_Line_,_Error_1_\n"
                + "E,Gadget B,G002,XX,Budget,10,false,4,Invalid parent: XX\n"
                + "E,Gadget C,G001,SW,Budget,10,false,5,Duplicate code in source file: G001\n"
                + "E,Gadget D,G004,SV,Budget,abc,false,6,Invalid number: abc\n"
                + "E,Gadget E,G005,AC,Budget,1,maybe,7,Invalid boolean: maybe\n";
        String path = "/imports/" + PRODUCTS_IMPORT + "/tasks/" + taskId + "/dump";
        HttpResponse<byte[]> whole = demo.get(path);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(text(whole)).isEqualTo(dump);

        JsonNode chunks = TestHttp.json(demo.get(path + "/chunks"));
        assertThat(chunks.path("chunks").toString()).isEqualTo("[{\"id\":\"0\",\"name\":\"Chunk 0\"}]");
        assertThat(chunks.path("meta").path("paging").path("totalSize").asInt()).isEqualTo(1);
        assertThat(chunks.path("meta").path("schema").asText()).endsWith("/objects/chunk");
        assertThat(text(demo.get(path + "/chunks/0"))).isEqualTo(dump);
        assertThat(demo.get(path + "/chunks/1").statusCode()).isEqualTo(404);
        assertThat(demo.get(path + "/chunks/x").statusCode()).isEqualTo(404);

        // Dumps are per user: another reader of the model does not get this one.
        assertThat(viewer.get(path).statusCode()).isEqualTo(404);
        assertThat(viewer.get(path + "/chunks").statusCode()).isEqualTo(404);
    }

    @Test
    void aCleanRunDeletesTheUsersPreviousDump() {
        demo.upload(PRODUCTS_FILE, HEADER + "Failing,F001,Nowhere,Premium,1,false\n");
        String failing = demo.start("imports", PRODUCTS_IMPORT, "{}");
        JsonNode first = demo.await("imports", PRODUCTS_IMPORT, failing);
        assertThat(first.path("result").path("successful").asBoolean()).isFalse();
        assertThat(first.path("result").path("failureDumpAvailable").asBoolean()).isTrue();
        assertThat(demo.get("/imports/" + PRODUCTS_IMPORT + "/tasks/" + failing + "/dump").statusCode()).isEqualTo(200);

        demo.upload(PRODUCTS_FILE, HEADER + "Clean,C001,HW,Premium,1,false\n");
        String clean = demo.start("imports", PRODUCTS_IMPORT, "{}");
        JsonNode second = demo.await("imports", PRODUCTS_IMPORT, clean);
        assertThat(second.path("result").path("failureDumpAvailable").asBoolean()).isFalse();

        assertThat(demo.get("/imports/" + PRODUCTS_IMPORT + "/tasks/" + failing + "/dump").statusCode()).isEqualTo(404);
        assertThat(demo.get("/imports/" + PRODUCTS_IMPORT + "/tasks/" + clean + "/dump/chunks").statusCode())
                .isEqualTo(404);
    }

    @Test
    void anUploadNeverMarkedCompleteFailsTheTask() {
        HttpResponse<byte[]> declared = demo.post("/files/" + PRODUCTS_FILE, "{\"chunkCount\":-1}");
        assertThat(declared.statusCode()).isEqualTo(200);
        byte[] chunk = (HEADER + "Pending,PEND1,HW,Premium,1,false\n").getBytes(StandardCharsets.UTF_8);
        assertThat(demo.put("/files/" + PRODUCTS_FILE + "/chunks/0", "application/octet-stream", chunk).statusCode())
                .isEqualTo(204);

        JsonNode task = demo.run("imports", PRODUCTS_IMPORT, "{}");

        assertThat(task.path("taskState").asText()).isEqualTo("COMPLETE");
        assertThat(task.path("currentStep").asText()).isEqualTo("Failed.");
        assertThat(task.path("result").path("successful").asBoolean()).isFalse();
        assertThat(task.path("result").path("failureDumpAvailable").asBoolean()).isFalse();
        assertThat(task.path("result").path("details").get(0).path("localMessageText").asText())
                .contains("products.csv").contains("not marked complete");
        assertThat(products.store().byCode("PEND1")).isEmpty();

        assertThat(demo.post("/files/" + PRODUCTS_FILE + "/complete", "{\"id\":\"" + PRODUCTS_FILE + "\"}")
                .statusCode()).isEqualTo(200);
        assertThat(demo.run("imports", PRODUCTS_IMPORT, "{}").path("result").path("successful").asBoolean()).isTrue();
        assertThat(products.store().byCode("PEND1")).isPresent();
    }

    @Test
    void tabSeparatedUtf16AndLatin1SourcesAreDecodedAsDeclared() {
        FileDef original = demo.model().files().byId(PRODUCTS_FILE).orElseThrow();
        try {
            useSourceFormat(original, "\t", "UTF-16LE");
            demo.upload(PRODUCTS_FILE, ("\uFEFFName\tCode\tFamily\tCategory\tUnit Price\tDiscontinued\r\n"
                    + "Crème brûlée\tU16\tSV\tPremium\t3.5\tfalse\r\n").getBytes(Charset.forName("UTF-16LE")));
            assertThat(demo.run("imports", PRODUCTS_IMPORT, "{}").path("result").path("successful").asBoolean())
                    .isTrue();
            assertThat(products.store().byCode("U16").orElseThrow().name()).isEqualTo("Crème brûlée");

            useSourceFormat(original, ",", "ISO-8859-1");
            demo.upload(PRODUCTS_FILE, (HEADER + "Café,L1,SV,Premium,4,false\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertThat(demo.run("imports", PRODUCTS_IMPORT, "{}").path("result").path("successful").asBoolean())
                    .isTrue();
            assertThat(products.store().byCode("L1").orElseThrow().name()).isEqualTo("Café");
        } finally {
            demo.model().files().put(original);
        }
    }

    @Test
    void aMissingMappedColumnFailsTheTask() {
        demo.upload(PRODUCTS_FILE, "Title,Code\nX,Y\n");
        JsonNode task = demo.run("imports", PRODUCTS_IMPORT, "{}");
        assertThat(task.path("currentStep").asText()).isEqualTo("Failed.");
        assertThat(task.path("result").path("details").get(0).path("localMessageText").asText())
                .isEqualTo("Column 'Name' not found in the header of the source file");
    }

    private static void useSourceFormat(FileDef original, String separator, String encoding) {
        demo.model().files().put(FileDef.importSource(original.id(), original.name(), separator, encoding,
                original.headerRow(), original.firstDataRow(), original.delimiter()));
    }

    private static String parentName(ListItem item) {
        AnaplanList families = demo.model().lists().byName("Product Family").orElseThrow();
        return families.store().byId(item.parentId()).map(ListItem::name).orElse(null);
    }
}
