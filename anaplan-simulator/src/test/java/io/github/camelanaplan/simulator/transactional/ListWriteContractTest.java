package io.github.camelanaplan.simulator.transactional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.DataFormat;
import io.github.camelanaplan.simulator.state.IdPrefix;
import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.ListItems;
import io.github.camelanaplan.simulator.state.ListProperty;
import io.github.camelanaplan.simulator.state.ListSubset;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.ValueFormat;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** List item add, update, delete and reset index: counts, per-item failures, limits and roles. */
class ListWriteContractTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    /** A general list under Regions with typed properties and a subset, and a numbered list; both start empty. */
    @BeforeAll
    static void lists(AnaplanSimulator sim) {
        Model model = sim.tenant().models().byName("Sales Planning").orElseThrow();
        String regions = model.lists().byName("Regions").orElseThrow().id();
        model.lists().put(new AnaplanList(model.ids().next(IdPrefix.LIST), "Employees", null, regions, false,
                List.of(new ListProperty("Headcount", ValueFormat.of(DataFormat.NUMBER)),
                        new ListProperty("Start", ValueFormat.of(DataFormat.DATE)),
                        new ListProperty("Active", ValueFormat.of(DataFormat.BOOLEAN)),
                        new ListProperty("Note", ValueFormat.of(DataFormat.TEXT))),
                List.of(new ListSubset(model.ids().next(IdPrefix.LIST_SUBSET), "Managers")), new ListItems()));
        model.lists().put(new AnaplanList(model.ids().next(IdPrefix.LIST), "Tickets", null, null, true,
                List.of(new ListProperty("Amount", ValueFormat.of(DataFormat.NUMBER))), List.of(), new ListItems()));
    }

    @AfterEach
    void resetLimits(AnaplanSimulator sim) {
        sim.service(TransactionalSettings.class).orElseThrow().reset();
    }

    private static String items(Calls calls, String list) {
        return calls.nested("/lists/" + calls.listId(list) + "/items");
    }

    private static AnaplanList list(Calls calls, String name) {
        return calls.model().lists().byName(name).orElseThrow();
    }

    @Test
    void addWithAPartialFailureReportsCountsAndTheFailure(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);

        JsonNode body = Calls.ok(demo.post(items(demo, "Employees") + "?action=add", """
                {"items":[{"name":"Ada","code":"E1","parent":"NA"},
                          {"name":"Bob","code":"E2","properties":{"Headcount":"abc"}}]}"""));

        assertThat(ListReadContractTest.fieldNames(body))
                .containsExactly("meta", "status", "added", "ignored", "total", "failures");
        assertThat(body.get("meta").get("schema").asText()).endsWith("/objects/list");
        assertThat(body.get("status").get("message").asText()).isEqualTo("Success");
        assertThat(body.get("added").asInt()).isEqualTo(1);
        assertThat(body.get("ignored").asInt()).isEqualTo(1);
        assertThat(body.get("total").asInt()).isEqualTo(2);
        JsonNode failure = body.get("failures").get(0);
        assertThat(ListReadContractTest.fieldNames(failure))
                .containsExactly("requestIndex", "failureType", "failureMessageDetails");
        assertThat(failure.get("requestIndex").asInt()).isEqualTo(1);
        assertThat(failure.get("failureType").asText()).isEqualTo("INCORRECT_FORMAT");
        assertThat(failure.get("failureMessageDetails").asText())
                .isEqualTo("incorrect format -- column name:Headcount, value:abc");
        ListItem ada = list(demo, "Employees").store().byCode("E1").orElseThrow();
        assertThat(ada.parentId()).isEqualTo(list(demo, "Regions").store().byCode("NA").orElseThrow().id());
        assertThat(list(demo, "Employees").store().byCode("E2")).isEmpty();
    }

    @Test
    void addWithoutFailuresOmitsTheFailuresKeyAndStoresCanonicalValues(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);

        JsonNode body = Calls.ok(demo.post(demo.direct("/lists/" + demo.listId("Employees") + "/items?action=add"), """
                {"items":[{"name":"Cleo","code":"E3","properties":{"Headcount":"12.50","Start":"2026-03-01",
                  "Active":"TRUE","Note":"a, b"},"subsets":{"Managers":true}}]}"""));

        assertThat(body.has("failures")).isFalse();
        assertThat(body.get("added").asInt()).isEqualTo(1);
        ListItem cleo = list(demo, "Employees").store().byCode("E3").orElseThrow();
        assertThat(cleo.properties()).containsEntry("Headcount", "12.5").containsEntry("Start", "2026-03-01")
                .containsEntry("Active", "true").containsEntry("Note", "a, b");
        assertThat(cleo.subsets()).containsExactly(list(demo, "Employees").subsets().get(0).id());
        String csv = Calls.text(demo.get(items(demo, "Employees") + "?includeAll=true", "Accept", "text/csv"));
        assertThat(csv).contains(",Cleo,E3,,,,,true,12.5,2026-03-01,true,\"a, b\"\n");
    }

    @Test
    void reAddingExistingItemsIsIgnoredWithDuplicateFailures(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String batch = "{\"items\":[{\"name\":\"Dan\",\"code\":\"E4\"},{\"name\":\"Eve\",\"code\":\"E5\"}]}";
        Calls.ok(demo.post(items(demo, "Employees") + "?action=add", batch));

        JsonNode again = Calls.ok(demo.post(items(demo, "Employees") + "?action=add", batch));
        JsonNode sameCode = Calls.ok(demo.post(items(demo, "Employees") + "?action=add",
                "{\"items\":[{\"name\":\"Fay\",\"code\":\"e4\"},{\"name\":\"Gus\"},{\"name\":\"gus\"}]}"));

        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("ignored").asInt()).isEqualTo(2);
        assertThat(again.get("failures")).extracting(f -> f.get("failureType").asText())
                .containsExactly("DUPLICATE", "DUPLICATE");
        assertThat(again.get("failures").get(0).get("failureMessageDetails").asText()).contains("Dan");
        assertThat(sameCode.get("added").asInt()).isEqualTo(1);
        assertThat(sameCode.get("failures")).extracting(f -> f.get("requestIndex").asInt()).containsExactly(0, 2);
    }

    @Test
    void invalidEntriesFailOneByOne(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);

        JsonNode body = Calls.ok(demo.post(items(demo, "Employees") + "?action=add", """
                {"items":[{"code":"X1"},
                          {"name":"Hal","parent":"Atlantis"},
                          {"name":"Ivy","properties":{"Salary":"1"}},
                          {"name":"Jo","properties":{"Active":"maybe"}},
                          {"name":"Kim","properties":{"Start":"01/02/2026"}},
                          {"name":"Lu","subsets":{"Managers":"perhaps"}},
                          {"name":"Mo","subsets":{"Nobody":true}},
                          {"name":"Ned","code":"N1"}]}"""));

        assertThat(body.get("added").asInt()).isEqualTo(1);
        assertThat(body.get("ignored").asInt()).isEqualTo(7);
        assertThat(body.get("total").asInt()).isEqualTo(8);
        assertThat(body.get("failures")).extracting(f -> f.get("failureType").asText()).containsExactly(
                "INCOMPLETE_DATA", "UNKNOWN_PARENT", "UNKNOWN_COLUMN", "INCORRECT_FORMAT", "INCORRECT_FORMAT",
                "INCORRECT_FORMAT", "UNKNOWN_COLUMN");
        assertThat(body.get("failures")).extracting(f -> f.get("requestIndex").asInt())
                .containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void updateChangesOnlyWhatItNames(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        Calls.ok(demo.post(items(demo, "Employees") + "?action=add", """
                {"items":[{"name":"Olga","code":"U1","properties":{"Headcount":"3","Note":"keep"}},
                          {"name":"Pete"}]}"""));
        String olgaId = list(demo, "Employees").store().byCode("U1").orElseThrow().id();

        JsonNode byCode = Calls.ok(demo.put(items(demo, "Employees"),
                "{\"items\":[{\"code\":\"U1\",\"properties\":{\"Headcount\":\"12\"},\"subsets\":{\"Managers\":true}}]}"));
        JsonNode recode = Calls.ok(demo.put(demo.direct("/lists/" + demo.listId("Employees") + "/items"),
                "{\"items\":[{\"id\":\"" + olgaId + "\",\"code\":\"U9\",\"parent\":\"WEU\"}]}"));
        JsonNode byName = Calls.ok(demo.put(items(demo, "Employees"),
                "{\"items\":[{\"name\":\"Pete\",\"properties\":{\"Note\":\"named\"}}]}"));

        assertThat(byCode.get("updated").asInt()).isEqualTo(1);
        assertThat(byCode.get("ignored").asInt()).isZero();
        assertThat(byCode.get("total").asInt()).isEqualTo(1);
        assertThat(byCode.has("failures")).isFalse();
        assertThat(recode.get("updated").asInt()).isEqualTo(1);
        assertThat(byName.get("updated").asInt()).isEqualTo(1);
        ListItem olga = list(demo, "Employees").store().byId(olgaId).orElseThrow();
        assertThat(olga.code()).isEqualTo("U9");
        assertThat(olga.properties()).containsEntry("Headcount", "12").containsEntry("Note", "keep");
        assertThat(olga.subsets()).hasSize(1);
        assertThat(olga.parentId()).isEqualTo(list(demo, "Regions").store().byCode("WEU").orElseThrow().id());
        assertThat(list(demo, "Employees").store().byName("Pete").orElseThrow().properties())
                .containsEntry("Note", "named");
    }

    @Test
    void updateFailuresAreReportedPerItem(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        Calls.ok(demo.post(items(demo, "Employees") + "?action=add",
                "{\"items\":[{\"name\":\"Quinn\",\"code\":\"V1\"},{\"name\":\"Ray\",\"code\":\"V2\"}]}"));
        String quinn = list(demo, "Employees").store().byCode("V1").orElseThrow().id();

        JsonNode body = Calls.ok(demo.put(items(demo, "Employees"), """
                {"items":[{"name":"Quinn","properties":{"Note":"x"}},
                          {"code":"V1","name":"Quinn"},
                          {"properties":{"Note":"x"}},
                          {"code":"NOPE"},
                          {"id":"%s","code":""},
                          {"id":"%s","code":"V2"},
                          {"code":"V2","properties":{"Headcount":"lots"}},
                          {"code":"V2","properties":{"Note":"fine"}}]}""".formatted(quinn, quinn)));

        assertThat(body.get("updated").asInt()).isEqualTo(1);
        assertThat(body.get("ignored").asInt()).isEqualTo(7);
        assertThat(body.get("failures")).extracting(f -> f.get("failureType").asText()).containsExactly(
                "INVALID_IDENTIFIER", "INVALID_IDENTIFIER", "INVALID_IDENTIFIER", "ITEM_NOT_FOUND",
                "INCOMPLETE_DATA", "DUPLICATE", "INCORRECT_FORMAT");
    }

    @Test
    void deleteRemovesItemsTheirCellsAndParentLinks(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        Model model = demo.model();
        AnaplanList products = list(demo, "Products");
        String p040 = products.store().byCode("P040").orElseThrow().id();
        String accessories = list(demo, "Product Family").store().byCode("AC").orElseThrow().id();
        assertThat(model.cells().size()).isPositive();

        JsonNode deleted = Calls.ok(demo.post(demo.direct("/lists/" + demo.listId("Products") + "/items?action=delete"),
                "{\"items\":[{\"code\":\"P040\"},{\"code\":\"P999\"},{\"id\":\"" + p040 + "\",\"code\":\"P040\"}]}"));
        JsonNode family = Calls.ok(demo.post(items(demo, "Product Family") + "?action=delete",
                "{\"items\":[{\"id\":\"" + accessories + "\"}]}"));

        assertThat(deleted.get("deleted").asInt()).isEqualTo(1);
        assertThat(deleted.get("ignored").asInt()).isEqualTo(2);
        assertThat(deleted.get("total").asInt()).isEqualTo(3);
        assertThat(deleted.get("failures")).extracting(f -> f.get("failureType").asText())
                .containsExactly("ITEM_NOT_FOUND", "INVALID_IDENTIFIER");
        assertThat(family.get("deleted").asInt()).isEqualTo(1);
        assertThat(family.has("failures")).isFalse();
        assertThat(products.store().byId(p040)).isEmpty();
        String units = model.modules().byName("Sales").orElseThrow().lineItem("Units").orElseThrow().id();
        assertThat(model.cells().lineItem(units).keySet()).noneMatch(key -> key.itemIds().contains(p040));
        assertThat(products.store().all()).noneMatch(item -> accessories.equals(item.parentId()));
        assertThat(products.store().byCode("P004").orElseThrow().parentId()).isNull();
    }

    @Test
    void numberedListsGenerateNamesAndAreIdentifiedByCode(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String tickets = demo.listId("Tickets");

        JsonNode added = Calls.ok(demo.post(items(demo, "Tickets") + "?action=add", """
                {"items":[{"code":"T1","properties":{"Amount":"5"}},{"code":"T2"},{"name":"#9","code":"T3"}]}"""));
        JsonNode updated = Calls.ok(demo.put(items(demo, "Tickets"),
                "{\"items\":[{\"code\":\"T1\",\"properties\":{\"Amount\":\"6\"}},{\"name\":\"#2\"}]}"));
        JsonNode metadata = demo.getOk(demo.direct("/lists/" + tickets)).get("metadata");

        assertThat(added.get("added").asInt()).isEqualTo(2);
        assertThat(added.get("failures").get(0).get("failureType").asText()).isEqualTo("NAME_NOT_ALLOWED");
        assertThat(list(demo, "Tickets").store().all()).extracting(ListItem::name).containsExactly("#1", "#2");
        assertThat(updated.get("updated").asInt()).isEqualTo(1);
        assertThat(updated.get("failures").get(0).get("failureType").asText()).isEqualTo("INVALID_IDENTIFIER");
        assertThat(metadata.get("numberedList").asBoolean()).isTrue();
        assertThat(metadata.get("nextItemIndex").asLong()).isEqualTo(3);
    }

    @Test
    void resetIndexOnlyOnEmptyLists(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        Model model = demo.model();
        AnaplanList scratch = new AnaplanList(model.ids().next(IdPrefix.LIST), "Scratch", null, null, true, List.of(),
                List.of(), new ListItems());
        model.lists().put(scratch);
        String path = "/lists/" + scratch.id();
        Calls.ok(demo.post(demo.nested(path + "/items?action=add"), "{\"items\":[{\"code\":\"S1\"},{\"code\":\"S2\"}]}"));

        Calls.error(demo.post(demo.direct(path + "/resetIndex"), null), 400,
                "We can't reset the list item index of a list that contains data. Select an empty list that doesn't"
                        + " contain any list items.");
        Calls.ok(demo.post(demo.direct(path + "/items?action=delete"), "{\"items\":[{\"code\":\"S1\"},{\"code\":\"S2\"}]}"));
        assertThat(demo.getOk(demo.direct(path)).get("metadata").get("nextItemIndex").asLong()).isEqualTo(3);
        HttpResponse<byte[]> reset = demo.post(demo.direct(path + "/resetIndex"), null);
        HttpResponse<byte[]> nestedReset = demo.post(demo.nested(path + "/resetIndex"), null);

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.body()).isEmpty();
        assertThat(reset.headers().firstValue("Content-Length")).hasValue("0");
        assertThat(nestedReset.statusCode()).isEqualTo(200);
        assertThat(demo.getOk(demo.direct(path)).get("metadata").get("nextItemIndex").asLong()).isEqualTo(1);
        Calls.ok(demo.post(demo.nested(path + "/items?action=add"), "{\"items\":[{\"code\":\"S3\"}]}"));
        assertThat(scratch.store().byCode("S3").orElseThrow().name()).isEqualTo("#1");
        Calls.error(Calls.viewer(sim).post(demo.direct(path + "/resetIndex"), null), 403, "Forbidden");
    }

    @Test
    void limitsRolesAndBadRequests(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        Calls viewer = Calls.viewer(sim);
        sim.service(TransactionalSettings.class).orElseThrow().update(l -> l.withMaxListItemsWrite(2));
        String three = "{\"items\":[{\"name\":\"Z1\"},{\"name\":\"Z2\"},{\"name\":\"Z3\"}]}";

        HttpResponse<byte[]> tooMany = demo.post(items(demo, "Employees") + "?action=add", three);

        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(Calls.text(tooMany)).contains("Too many items");
        assertThat(list(demo, "Employees").store().byName("Z1")).isEmpty();
        Calls.error(viewer.post(items(demo, "Employees") + "?action=add", "{\"items\":[]}"), 403, "Forbidden");
        Calls.error(viewer.put(items(demo, "Employees"), "{\"items\":[]}"), 403, "Forbidden");
        Calls.error(viewer.post(items(demo, "Employees") + "?action=delete", "{\"items\":[]}"), 403, "Forbidden");
        Calls.error(Calls.outsider(sim).post(items(demo, "Employees") + "?action=add", "{\"items\":[]}"), 404,
                "Not Found");
        assertThat(demo.post(items(demo, "Employees"), "{\"items\":[]}").statusCode()).isEqualTo(400);
        assertThat(demo.post(items(demo, "Employees") + "?action=add", "{\"names\":[]}").statusCode())
                .isEqualTo(400);
        assertThat(demo.post(items(demo, "Employees") + "?action=add", "{not json").statusCode()).isEqualTo(400);
        String generated = sim.service(GeneratedLists.class).orElseThrow().create(demo.model(), "Frozen", 3).id();
        assertThat(demo.post(demo.direct("/lists/" + generated + "/items?action=add"),
                "{\"items\":[{\"name\":\"x\"}]}").statusCode()).isEqualTo(400);
    }
}
