package io.github.camelanaplan.simulator.tasks;

import static io.github.camelanaplan.simulator.tasks.TaskCalls.DELETE_ACTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.CellKey;
import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DELETE_BY_SELECTION removes the selected items and their cells; delete actions never have a dump. */
class DeleteActionTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.taskDuration(Duration.ofMillis(30)))
            .build();

    @Test
    void selectedItemsAndTheirCellsAreDeleted(AnaplanSimulator sim) {
        TaskCalls demo = TaskCalls.demo(sim);
        Model model = demo.model();
        AnaplanList products = model.lists().byName("Products").orElseThrow();
        ListItem discontinued = products.store().byCode("P025").orElseThrow();
        Module sales = model.modules().byName("Sales").orElseThrow();
        CellKey doomed = key(model, sales, discontinued.id());
        model.cells().put(doomed, 42.0);
        CellKey kept = key(model, sales, products.store().byCode("P024").orElseThrow().id());
        model.cells().put(kept, 7.0);

        String taskId = demo.start("actions", DELETE_ACTION, "{\"localeName\":\"en_US\"}");
        JsonNode task = demo.await("actions", DELETE_ACTION, taskId);

        assertThat(task.path("taskState").asText()).isEqualTo("COMPLETE");
        assertThat(task.path("result").path("successful").asBoolean()).isTrue();
        assertThat(task.path("result").path("failureDumpAvailable").asBoolean()).isFalse();
        assertThat(task.path("result").path("objectId").asText()).isEqualTo(DELETE_ACTION);
        assertThat(products.store().size()).isEqualTo(300 - 12);
        assertThat(products.store().byCode("P025")).isEmpty();
        assertThat(products.store().all()).noneMatch(i -> "true".equals(i.properties().get("Discontinued")));
        assertThat(model.cells().get(doomed)).isEmpty();
        assertThat(model.cells().get(kept)).contains(7.0);
        assertThat(demo.get("/actions/" + DELETE_ACTION + "/tasks/" + taskId + "/dump/chunks").statusCode())
                .isEqualTo(404);
    }

    private static CellKey key(Model model, Module sales, String productId) {
        List<String> ids = new ArrayList<>();
        ids.add(productId);
        for (String dimensionId : sales.dimensionIds().subList(1, sales.dimensionIds().size())) {
            ids.add(model.dimension(dimensionId).orElseThrow().items().get(0).id());
        }
        return new CellKey(sales.lineItem("Units").orElseThrow().id(), ids);
    }
}
