package io.github.camelanaplan.simulator.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.CellKey;
import io.github.camelanaplan.simulator.state.Dimension;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A module import into a line item that applies to fewer dimensions than its module: the last row wins. */
class ModuleImportAppliesToTest {

    private static final String MODEL = """
            customer: Test Customer
            users:
              - { email: demo@example.com, password: demo-password, firstName: Demo, lastName: Planner }
            workspaces:
              - name: Tests
                users: { demo@example.com: ADMIN }
                models:
                  - name: Sales Planning
                    users: { demo@example.com: FULL }
                    time: { start: 2026-01, months: 12 }
                    lists:
                      - name: Products
                        items: [{ name: Alpha, code: A }, { name: Beta, code: B }]
                      - name: Regions
                        items: [{ name: North, code: N }, { name: South, code: S }]
                    modules:
                      - name: Plan
                        dimensions: [Products, Regions]
                        lineItems:
                          - { name: Units, format: NUMBER }
                          - { name: Target, format: NUMBER, appliesTo: [Products] }
                    files:
                      - { name: plan.csv, content: "Product,Region,Units,Target\\n" }
                    imports:
                      - name: Plan from plan.csv
                        file: plan.csv
                        module: Plan
                        dimensions: { Products: { column: Product }, Regions: { column: Region } }
                        lineItems: { Units: Units, Target: Target }
            """;

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.includeDemo(false).modelFile(modelFile()).taskDuration(Duration.ofMillis(30)))
            .build();

    private static Path modelFile() {
        try {
            Path file = Files.createTempFile("applies-to", ".yaml");
            file.toFile().deleteOnExit();
            return Files.writeString(file, MODEL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCellSetByRowsOfSeveralCombinationsKeepsTheLastRowsValue(AnaplanSimulator sim) {
        TaskCalls calls = TaskCalls.demo(sim);
        Model model = calls.model();
        String fileId = model.files().byName("plan.csv").orElseThrow().id();
        String importId = model.imports().byName("Plan from plan.csv").orElseThrow().id();
        // (A, N) comes first and again last: its Target must not be overtaken by the (A, S) row in between
        calls.upload(fileId, "Product,Region,Units,Target\nA,N,1,10\nA,S,2,20\nA,N,3,30\nB,S,4,40\nB,N,5,\n");

        JsonNode task = calls.run("imports", importId, "{\"localeName\":\"en_US\"}");

        assertThat(task.path("result").path("successful").asBoolean()).as(task.toString()).isTrue();
        assertThat(TaskContractTest.values(task.path("result").path("details").get(0)))
                .containsSequence("successRowCount", "5").containsSequence("cellsChangedCount", "6");
        Module plan = model.modules().byName("Plan").orElseThrow();
        assertThat(cell(model, plan, "Target", "A")).contains(30.0);
        // B's last row leaves Target empty, which clears it
        assertThat(cell(model, plan, "Target", "B")).isEmpty();
        assertThat(cell(model, plan, "Units", "A", "N")).contains(3.0);
        assertThat(cell(model, plan, "Units", "A", "S")).contains(2.0);
        assertThat(cell(model, plan, "Units", "B", "N")).contains(5.0);
    }

    private static Optional<Object> cell(Model model, Module module, String lineItemName, String... items) {
        var lineItem = module.lineItem(lineItemName).orElseThrow();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            Dimension dimension = model.dimension(lineItem.dimensionIds().get(i)).orElseThrow();
            ids.add(dimension.resolveItem(items[i]).orElseThrow().id());
        }
        return model.cells().get(new CellKey(lineItem.id(), ids));
    }
}
