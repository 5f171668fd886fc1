package io.github.camelanaplan.simulator.transactional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.Dimensions;
import io.github.camelanaplan.simulator.state.Model;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Module cell writes: the response, per-entry failures, limits, roles, and the round trip through view data. */
class CellWriteContractTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    @AfterEach
    void resetLimits(AnaplanSimulator sim) {
        sim.service(TransactionalSettings.class).orElseThrow().reset();
    }

    private static String data(Calls calls) {
        return calls.direct("/modules/" + calls.moduleId("Sales") + "/data");
    }

    @Test
    void writeByNamesAndIdsThenReadTheViewBack(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        Model model = demo.model();
        String units = model.modules().byName("Sales").orElseThrow().lineItem("Units").orElseThrow().id();
        String p003 = model.lists().byName("Products").orElseThrow().store().byCode("P003").orElseThrow().id();
        String jp = model.lists().byName("Regions").orElseThrow().store().byCode("JP").orElseThrow().id();
        String feb = model.time().itemByName("Feb 26").orElseThrow().id();
        String forecast = model.versions().itemByName("Forecast").orElseThrow().id();

        JsonNode body = Calls.ok(demo.post(data(demo), """
                [{"lineItemName":"Units","dimensions":[{"dimensionName":"Products","itemName":"Product 003"},
                   {"dimensionName":"Regions","itemCode":"JP"},{"dimensionId":"20000000003","itemName":"Jan 26"},
                   {"dimensionId":"20000000020","itemName":"Forecast"}],"value":15},
                 {"lineItemId":"%s","dimensions":[{"dimensionId":"%s","itemId":"%s"},
                   {"dimensionId":"%s","itemId":"%s"},{"dimensionId":"20000000003","itemId":"%s"},
                   {"dimensionId":"20000000020","itemId":"%s"}],"value":"2.5"},
                 {"lineItemName":"Comment","dimensions":[{"dimensionName":"Products","itemCode":"P003"},
                   {"dimensionName":"Regions","itemCode":"JP"},{"dimensionName":"Time","itemName":"Jan 26"},
                   {"dimensionName":"Versions","itemCode":"FC"}],"value":"hello, world"}]"""
                .formatted(units, demo.listId("Products"), p003, demo.listId("Regions"), jp, feb, forecast)));

        assertThat(ListReadContractTest.fieldNames(body)).containsExactly("meta", "status", "numberOfCellsChanged");
        assertThat(body.get("numberOfCellsChanged").asInt()).isEqualTo(3);
        List<String> lines = Calls.text(demo.get(demo.direct("/views/" + demo.moduleId("Sales") + "/data?pages="
                + demo.listId("Regions") + ":" + jp + "," + Dimensions.VERSIONS_ID + ":" + forecast),
                "Accept", "text/csv")).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Japan,Forecast");
        int p003Units = 2 + 2 * 4;
        assertThat(lines.get(p003Units)).isEqualTo("Product 003,Units,15,2.5,0,0,0,0,0,0,0,0,0,0");
        assertThat(lines.get(p003Units + 3)).isEqualTo("Product 003,Comment,\"hello, world\",,,,,,,,,,,");
    }

    @Test
    void rewritingTheSameValueChangesNothing(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String cell = """
                [{"lineItemName":"Price","dimensions":[{"dimensionName":"Products","itemCode":"P010"},
                  {"dimensionName":"Regions","itemCode":"NA"},{"dimensionName":"Time","itemName":"Dec 26"},
                  {"dimensionName":"Versions","itemName":"Forecast"}],"value":%s}]""";

        JsonNode first = Calls.ok(demo.post(data(demo), cell.formatted("42")));
        JsonNode again = Calls.ok(demo.post(data(demo), cell.formatted("\"42.0\"")));
        JsonNode zero = Calls.ok(demo.post(data(demo), cell.formatted("0")));

        assertThat(first.get("numberOfCellsChanged").asInt()).isEqualTo(1);
        assertThat(again.get("numberOfCellsChanged").asInt()).isZero();
        assertThat(zero.get("numberOfCellsChanged").asInt()).isEqualTo(1);
    }

    @Test
    void badEntriesFailAloneAndTheRestIsWritten(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String dims = """
                [{"dimensionName":"Products","itemCode":"P020"},{"dimensionName":"Regions","itemCode":"NA"},
                 {"dimensionName":"Time","itemName":"Mar 26"},{"dimensionName":"Versions","itemName":"Forecast"}]""";

        JsonNode body = Calls.ok(demo.post(data(demo), """
                [{"lineItemName":"Units","dimensions":%1$s,"value":7},
                 {"lineItemName":"Headcount","dimensions":%1$s,"value":1},
                 {"lineItemName":"Units","dimensions":[{"dimensionName":"Planets","itemName":"Mars"}],"value":1},
                 {"lineItemName":"Units","dimensions":[{"dimensionName":"Products","itemCode":"P999"}],"value":1},
                 {"lineItemName":"Units","dimensions":[{"dimensionName":"Products","itemCode":"P020"}],"value":1},
                 {"lineItemName":"Units","dimensions":%1$s,"value":"many"},
                 {"lineItemName":"Units","dimensions":%1$s,"value":null},
                 {"lineItemName":"Units","dimensions":%1$s},
                 {"lineItemName":"Revenue","dimensions":%1$s,"value":1},
                 {"lineItemName":"Price","dimensions":%1$s,"value":3}]""".formatted(dims)));

        assertThat(ListReadContractTest.fieldNames(body))
                .containsExactly("meta", "status", "numberOfCellsChanged", "failures");
        assertThat(body.get("numberOfCellsChanged").asInt()).isEqualTo(2);
        assertThat(body.get("failures")).extracting(f -> f.get("requestIndex").asInt())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(body.get("failures")).extracting(f -> f.get("failureType").asText()).containsExactly(
                "lineItemNotFound", "dimensionNotFound", "itemNotFound", "invalidDimensions", "invalidValue",
                "nullValue", "nullValue", "cellIsCalculated");
        assertThat(ListReadContractTest.fieldNames(body.get("failures").get(0)))
                .containsExactly("requestIndex", "failureType", "failureMessageDetails");
    }

    @Test
    void limitsAndRoles(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        sim.service(TransactionalSettings.class).orElseThrow().update(l -> l.withMaxCellWrites(1));

        HttpResponse<byte[]> tooMany = demo.post(data(demo), "[{},{}]");

        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(Calls.text(tooMany)).contains("Too many cells");
        Calls.error(Calls.viewer(sim).post(data(demo), "[]"), 403, "Forbidden");
        Calls.error(Calls.outsider(sim).post(data(demo), "[]"), 404, "Not Found");
        Calls.error(demo.post(demo.direct("/modules/102999999999/data"), "[]"), 404, "Not Found");
        assertThat(demo.post(data(demo), "{\"cells\":[]}").statusCode()).isEqualTo(400);
        assertThat(demo.post(demo.nested("/modules/" + demo.moduleId("Sales") + "/data"), "[]").statusCode())
                .isEqualTo(200);
    }
}
