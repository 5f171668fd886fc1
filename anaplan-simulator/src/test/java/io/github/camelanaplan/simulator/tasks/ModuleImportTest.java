package io.github.camelanaplan.simulator.tasks;

import static io.github.camelanaplan.simulator.tasks.TaskCalls.ACTUAL;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.SALES_FILE;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.SALES_IMPORT;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.CellKey;
import io.github.camelanaplan.simulator.state.Dimension;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** MODULE_DATA imports: dimension items by name or code, Versions from a mapping parameter, rejected rows. */
class ModuleImportTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.taskDuration(Duration.ofMillis(30)))
            .build();

    private static final String SALES = "Product,Region,Month,Units,Price\n"
            + "P001,NA,Jan 26,120,12.5\n"
            + "Product 002,Western Europe,Feb 26,\"1,080\",11.75\n"
            + "Widget X,NA,Jan 26,12,1\n"
            + "P003,Atlantis,Mar 26,1,1\n"
            + "P004,JP,Month 13,1,1\n"
            + "P005,JP,Mar 26,lots,1\n";

    private static TaskCalls demo;
    private static Model model;
    private static Module sales;

    @BeforeAll
    static void setUp(AnaplanSimulator sim) {
        demo = TaskCalls.demo(sim);
        model = demo.model();
        sales = model.modules().byName("Sales").orElseThrow();
    }

    @Test
    void rowsWriteCellsOfTheMappedVersionAndBadRowsAreRejected() {
        demo.upload(SALES_FILE, SALES);
        String forecast = "{\"localeName\":\"en_US\",\"mappingParameters\":"
                + "[{\"entityType\":\"Versions\",\"entityName\":\"FC\"}]}";
        String taskId = demo.start("imports", SALES_IMPORT, forecast);
        JsonNode task = demo.await("imports", SALES_IMPORT, taskId);

        JsonNode result = task.path("result");
        assertThat(result.path("successful").asBoolean()).isTrue();
        assertThat(result.path("failureDumpAvailable").asBoolean()).isTrue();
        JsonNode detail = result.path("details").get(0);
        assertThat(detail.path("type").asText()).isEqualTo("moduleRowsProcessed");
        assertThat(detail.path("localMessageText").asText()).isEqualTo("Sales: 2 (0/2) rows successful, 4 failed ");
        assertThat(TaskContractTest.values(detail)).containsSequence("moduleName", "Sales", "successRowCount", "2")
                .containsSequence("failedCount", "4").containsSequence("totalRowCount", "6")
                .containsSequence("cellsChangedCount", "4");

        assertThat(cell("Units", "P001", "NA", "Jan 26", "Forecast")).contains(120.0);
        assertThat(cell("Price", "P001", "NA", "Jan 26", "Forecast")).contains(12.5);
        assertThat(cell("Units", "P002", "WEU", "Feb 26", "Forecast")).contains(1080.0);
        assertThat(cell("Units", "P001", "NA", "Jan 26", "Actual")).isNotEqualTo(Optional.of(120.0));

        assertThat(text(demo.get("/imports/" + SALES_IMPORT + "/tasks/" + taskId + "/dump"))).isEqualTo(
                "_Status_,Product,Region,Month,Units,Price,_Line_,_Error_1_\n"
                        + "E,Widget X,NA,Jan 26,12,1,4,Invalid list item: Widget X\n"
                        + "E,P003,Atlantis,Mar 26,1,1,5,Invalid list item: Atlantis\n"
                        + "E,P004,JP,Month 13,1,1,6,Invalid time period: Month 13\n"
                        + "E,P005,JP,Mar 26,lots,1,7,Invalid number: lots\n");
    }

    @Test
    void theVersionComesFromTheMappingParameter() {
        demo.upload(SALES_FILE, "Product,Region,Month,Units,Price\nP010,APAC,Jun 26,7,2\n");
        assertThat(demo.run("imports", SALES_IMPORT, ACTUAL).path("result").path("successful").asBoolean()).isTrue();
        assertThat(cell("Units", "P010", "APAC", "Jun 26", "Actual")).contains(7.0);
        assertThat(cell("Units", "P010", "APAC", "Jun 26", "Forecast")).isEmpty();
    }

    @Test
    void aMissingOrUnknownMappingParameterFailsTheTask() {
        demo.upload(SALES_FILE, "Product,Region,Month,Units,Price\nP211,APAC,Jun 26,7,2\n");
        JsonNode missing = demo.run("imports", SALES_IMPORT, "{\"localeName\":\"en_US\",\"mappingParameters\":null}");
        assertThat(missing.path("currentStep").asText()).isEqualTo("Failed.");
        assertThat(missing.path("result").path("details").get(0).path("localMessageText").asText())
                .startsWith("Mapping parameter missing for Versions");

        JsonNode unknown = demo.run("imports", SALES_IMPORT, "{\"mappingParameters\":"
                + "[{\"entityType\":\"Version\",\"entityName\":\"Budget\"}]}");
        assertThat(unknown.path("result").path("details").get(0).path("localMessageText").asText())
                .isEqualTo("Invalid mapping parameter: Budget is not an item of Versions");
        assertThat(cell("Units", "P211", "APAC", "Jun 26", "Actual")).isEmpty();
    }

    /** The stored value of a Sales cell, addressed by item names or codes. */
    private static Optional<Object> cell(String lineItem, String product, String region, String month,
                                         String version) {
        List<String> items = List.of(product, region, month, version);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Dimension dimension = model.dimension(sales.dimensionIds().get(i)).orElseThrow();
            ids.add(dimension.resolveItem(items.get(i)).orElseThrow().id());
        }
        String lineItemId = sales.lineItem(lineItem).orElseThrow().id();
        return model.cells().get(new CellKey(lineItemId, ids));
    }
}
