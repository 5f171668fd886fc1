package io.github.camelanaplan.simulator.transactional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** List metadata and list items (JSON and CSV), under both path forms. */
class ListReadContractTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    @AfterEach
    void resetLimits(AnaplanSimulator sim) {
        sim.service(TransactionalSettings.class).orElseThrow().reset();
    }

    @Test
    void listMetadataHasTheDocumentedFields(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String products = demo.listId("Products");

        JsonNode body = demo.getOk(demo.nested("/lists/" + products));
        JsonNode direct = demo.getOk(demo.direct("/lists/" + products));

        assertThat(body.get("status").get("code").asInt()).isEqualTo(200);
        assertThat(body.get("meta").get("schema").asText()).endsWith("/objects/list");
        assertThat(direct.get("metadata")).isEqualTo(body.get("metadata"));
        JsonNode metadata = body.get("metadata");
        assertThat(fieldNames(metadata)).containsExactly("id", "name", "properties", "hasSelectiveAccess", "parent",
                "managedBy", "numberedList", "useTopLevelAsPageDefault", "itemCount", "workflowEnabled",
                "productionData", "permittedItems", "nextItemIndex");
        assertThat(metadata.get("id").asText()).isEqualTo(products);
        assertThat(metadata.get("name").asText()).isEqualTo("Products");
        assertThat(metadata.get("parent").get("id").asText()).isEqualTo(demo.listId("Product Family"));
        assertThat(metadata.get("parent").get("name").asText()).isEqualTo("Product Family");
        assertThat(metadata.get("itemCount").asInt()).isEqualTo(300);
        assertThat(metadata.get("permittedItems").asInt()).isEqualTo(300);
        assertThat(metadata.get("nextItemIndex").asLong()).isEqualTo(301);
        assertThat(metadata.get("numberedList").asBoolean()).isFalse();
        assertThat(metadata.get("hasSelectiveAccess").asBoolean()).isFalse();
        JsonNode price = metadata.get("properties").get(1);
        assertThat(fieldNames(price)).containsExactly("name", "format", "notes", "referencedBy");
        assertThat(price.get("name").asText()).isEqualTo("Unit Price");
        assertThat(price.get("format").asText()).isEqualTo("NUMBER");
    }

    @Test
    void flatListMetadataOmitsParentAndSubsets(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);

        JsonNode metadata = demo.getOk(demo.direct("/lists/" + demo.listId("Regions"))).get("metadata");

        assertThat(metadata.has("parent")).isFalse();
        assertThat(metadata.has("subsets")).isFalse();
        assertThat(metadata.get("properties")).isEmpty();
        assertThat(metadata.get("itemCount").asInt()).isEqualTo(8);
    }

    @Test
    void itemsAsJsonWithAndWithoutIncludeAll(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String products = demo.listId("Products");

        JsonNode plain = demo.getOk(demo.nested("/lists/" + products + "/items")).get("listItems");
        JsonNode all = demo.getOk(demo.direct("/lists/" + products + "/items?includeAll=true")).get("listItems");

        assertThat(plain).hasSize(300);
        JsonNode first = plain.get(0);
        assertThat(fieldNames(first)).containsExactly("id", "name", "code", "parent", "parentId", "listId",
                "listName");
        assertThat(first.get("name").asText()).isEqualTo("Product 001");
        assertThat(first.get("code").asText()).isEqualTo("P001");
        assertThat(first.get("parent").asText()).isEqualTo("Hardware");
        assertThat(first.get("listId").asText()).isEqualTo(demo.listId("Product Family"));
        assertThat(first.get("listName").asText()).isEqualTo("Product Family");
        JsonNode full = all.get(0);
        assertThat(full.get("subsets").isObject()).isTrue();
        assertThat(full.get("properties").get("Category").asText()).isEqualTo("Standard");
        assertThat(full.get("properties").get("Unit Price").asText()).isEqualTo("9.5");
        assertThat(full.get("properties").get("Discontinued").asText()).isEqualTo("false");
    }

    @Test
    void topLevelItemsHaveNoParentFields(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);

        JsonNode item = demo.getOk(demo.direct("/lists/" + demo.listId("Regions") + "/items")).get("listItems").get(0);

        assertThat(fieldNames(item)).containsExactly("id", "name", "code");
    }

    @Test
    void itemsAsCsv(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String products = demo.listId("Products");

        HttpResponse<byte[]> plain = demo.get(demo.nested("/lists/" + products + "/items"), "Accept", "text/csv");
        HttpResponse<byte[]> all = demo.get(demo.direct("/lists/" + products + "/items?includeAll=true"),
                "Accept", "text/csv");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = Calls.text(plain).split("\n");
        assertThat(lines).hasSize(301);
        assertThat(lines[0]).isEqualTo("id,name,code,parent,parentId,listId,listName");
        String hardware = demo.model().lists().byName("Product Family").orElseThrow().store().byCode("HW")
                .orElseThrow().id();
        String firstId = demo.model().lists().byId(products).orElseThrow().store().byCode("P001").orElseThrow().id();
        assertThat(lines[1]).isEqualTo(firstId + ",Product 001,P001,Hardware," + hardware + ","
                + demo.listId("Product Family") + ",Product Family");
        String[] full = Calls.text(all).split("\n");
        assertThat(full[0]).isEqualTo("id,name,code,parent,parentId,listId,listName,Category,Unit Price,Discontinued");
        assertThat(full[1]).endsWith(",Product Family,Standard,9.5,false");
    }

    @Test
    void csvOfAFlatListLeavesParentColumnsEmpty(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String regions = demo.listId("Regions");

        String[] lines = Calls.text(demo.get(demo.direct("/lists/" + regions + "/items"), "Accept", "text/csv"))
                .split("\n");

        String id = demo.model().lists().byId(regions).orElseThrow().store().byCode("NA").orElseThrow().id();
        assertThat(lines[1]).isEqualTo(id + ",North America,NA,,,,");
    }

    @Test
    void moreItemsThanTheLimitIs400(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        sim.service(TransactionalSettings.class).orElseThrow().update(l -> l.withMaxListItemsRead(299));

        HttpResponse<byte[]> response = demo.get(demo.direct("/lists/" + demo.listId("Products") + "/items"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(response).get("status").get("message").asText()).contains("more than 299 items");
        assertThat(demo.get(demo.direct("/lists/" + demo.listId("Regions") + "/items")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void unknownListIs404AndNoAccessIsMasked(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        Calls outsider = Calls.outsider(sim);

        Calls.error(demo.get(demo.direct("/lists/101999999998")), 404, "Not Found");
        Calls.error(demo.get(demo.direct("/lists/101999999998/items")), 404, "Not Found");
        Calls.error(outsider.get(outsider.direct("/lists/" + demo.listId("Regions") + "/items")), 404, "Not Found");
        assertThat(Calls.viewer(sim).get(demo.direct("/lists/" + demo.listId("Regions") + "/items")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void generatedListStreamsLargeListsCheaply(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        GeneratedLists generated = sim.service(GeneratedLists.class).orElseThrow();
        String id = generated.create(demo.model(), "Large", 250_000).id();

        JsonNode metadata = demo.getOk(demo.direct("/lists/" + id)).get("metadata");
        HttpResponse<byte[]> csv = demo.get(demo.direct("/lists/" + id + "/items"), "Accept", "text/csv");

        assertThat(metadata.get("itemCount").asInt()).isEqualTo(250_000);
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = Calls.text(csv);
        assertThat(text.lines().count()).isEqualTo(250_001);
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).isEqualTo("202500000001,Item 0000001,I0000001,,,,");
        assertThat(text).endsWith(",Item 0250000,I0250000,,,,\n");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
