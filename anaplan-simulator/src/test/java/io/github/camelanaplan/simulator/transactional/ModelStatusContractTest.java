package io.github.camelanaplan.simulator.transactional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.ActivityState;
import io.github.camelanaplan.simulator.state.Model;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Model status (bare GET, enveloped POST), open and close. */
class ModelStatusContractTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    @Test
    void idleStatusIsBareOnGet(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        long before = System.currentTimeMillis();

        JsonNode direct = demo.getOk(demo.direct("/status"));
        JsonNode nested = demo.getOk(demo.nested("/status"));

        assertThat(ListReadContractTest.fieldNames(direct)).containsExactly("requestStatus");
        JsonNode status = direct.get("requestStatus");
        assertThat(ListReadContractTest.fieldNames(status)).containsExactly("currentStep", "progress", "creationTime");
        assertThat(status.get("currentStep").asText()).isEqualTo("Open");
        assertThat(status.get("progress").asDouble()).isEqualTo(-1.0);
        assertThat(status.get("creationTime").asLong()).isGreaterThanOrEqualTo(before);
        assertThat(nested.get("requestStatus").get("currentStep").asText()).isEqualTo("Open");
    }

    @Test
    void postWrapsTheStatusInTheEnvelope(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);

        JsonNode body = Calls.ok(demo.post(demo.nested("/status"), null));

        assertThat(ListReadContractTest.fieldNames(body)).containsExactly("meta", "status", "requestStatus");
        assertThat(body.get("status").get("code").asInt()).isEqualTo(200);
        assertThat(body.get("requestStatus").get("progress").asDouble()).isEqualTo(-1.0);
    }

    @Test
    void busyModelReportsTheRunningTask(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        Model model = demo.model();
        model.activity().begin(new ActivityState("6EB7F52C07CA4E86909A213C608765A1", "Processing ...",
                "The system is currently processing an Import: Sales from sales.csv", 0.44));
        try {
            JsonNode status = demo.getOk(demo.direct("/status")).get("requestStatus");

            assertThat(status.get("currentStep").asText()).isEqualTo("Processing ...");
            assertThat(status.get("progress").asDouble()).isEqualTo(0.44);
            assertThat(status.get("taskId").asText()).isEqualTo("6EB7F52C07CA4E86909A213C608765A1");
            assertThat(status.get("tooltip").asText()).startsWith("The system is currently processing an Import");
            assertThat(status.get("creationTime").isNumber()).isTrue();
        } finally {
            model.activity().end();
        }
        assertThat(demo.getOk(demo.direct("/status")).get("requestStatus").get("progress").asDouble()).isEqualTo(-1.0);
    }

    @Test
    void closeThenOpen(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);

        HttpResponse<byte[]> close = demo.post(demo.nested("/close"), null, "Content-Type", "application/text");
        String closedStep = demo.getOk(demo.direct("/status")).get("requestStatus").get("currentStep").asText();
        HttpResponse<byte[]> open = demo.post(demo.direct("/open"), null);
        String openStep = demo.getOk(demo.direct("/status")).get("requestStatus").get("currentStep").asText();

        assertThat(close.statusCode()).isEqualTo(204);
        assertThat(close.body()).isEmpty();
        assertThat(closedStep).isEqualTo("Closed");
        assertThat(open.statusCode()).isEqualTo(202);
        assertThat(open.body()).isEmpty();
        assertThat(openStep).isEqualTo("Open");
        assertThat(sim.service(ModelPresence.class).orElseThrow().isOpen(demo.model().id())).isTrue();
    }

    @Test
    void rolesAndArchivedModels(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        Calls viewer = Calls.viewer(sim);

        Calls.error(viewer.post(demo.direct("/open"), null), 404, "Not Found");
        Calls.error(viewer.post(demo.direct("/close"), null), 403, "Forbidden");
        assertThat(viewer.get(demo.direct("/status")).statusCode()).isEqualTo(200);
        Calls.error(Calls.outsider(sim).get(demo.direct("/status")), 404, "Not Found");
        Model model = demo.model();
        String state = model.activeState();
        model.activeState("ARCHIVED");
        try {
            assertThat(demo.post(demo.direct("/open"), null).statusCode()).isEqualTo(422);
            assertThat(demo.post(demo.direct("/close"), null).statusCode()).isEqualTo(422);
        } finally {
            model.activeState(state);
        }
    }
}
