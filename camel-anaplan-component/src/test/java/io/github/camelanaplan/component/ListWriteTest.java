package io.github.camelanaplan.component;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelanaplan.client.transactional.ItemFailure;
import io.github.camelanaplan.client.transactional.ListWriteResult;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** list-write against the demo model's Products list (parent Product Family; Category, Unit Price, Discontinued). */
class ListWriteTest extends AnaplanTestSupport {

    private static final String WRITE = "anaplan:list-write?list=Products&" + DEMO_MODEL;
    private static final String READ = "anaplan:list-read?list=Products&" + DEMO_MODEL;

    @Test
    void addsUpdatesUpsertsAndDeletesFromListsOfMaps() {
        Exchange added = send(WRITE + "&listWriteMode=add", List.of(
                item("Widget A", "WA1", "HW", Map.of("Unit Price", "10")),
                item("Widget B", "WB1", "NOPE", Map.of()),
                item("Widget C", "WC1", "SW", Map.of("Unit Price", "abc"))));
        ListWriteResult result = added.getMessage().getBody(ListWriteResult.class);
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.failures()).extracting(ItemFailure::index).containsExactly(1L, 2L);
        assertThat(result.failures()).extracting(ItemFailure::failureType).containsExactly("UNKNOWN_PARENT", "INCORRECT_FORMAT");
        assertThat(added.getMessage().getHeader(AnaplanConstants.ITEMS_ADDED)).isEqualTo(1L);
        assertThat(added.getMessage().getHeader(AnaplanConstants.ITEMS_FAILED)).isEqualTo(2);

        // An unknown top-level key is a property.
        Map<String, Object> update = new LinkedHashMap<>(Map.of("code", "WA1", "Category", "Premium"));
        Exchange updated = send(WRITE + "&listWriteMode=update", List.of(update));
        assertThat(updated.getMessage().getBody(ListWriteResult.class).updated()).isEqualTo(1);
        assertThat(properties(product("WA1"))).containsEntry("Category", "Premium")
                .containsEntry("Unit Price", "10");

        Exchange upserted = send(WRITE, List.of(item("Widget A", "WA1", "HW", Map.of("Unit Price", "11")), item("Widget D", "WD1", "AC", Map.of())));
        ListWriteResult upsert = upserted.getMessage().getBody(ListWriteResult.class);
        assertThat(upsert.updated()).isEqualTo(1);
        assertThat(upsert.added()).isEqualTo(1);
        assertThat(properties(product("WA1"))).containsEntry("Unit Price", "11");

        Exchange deleted = send(WRITE, List.of(Map.of("code", "WD1"), Map.of("code", "MISSING")),
                AnaplanConstants.LIST_WRITE_MODE, "delete");
        ListWriteResult delete = deleted.getMessage().getBody(ListWriteResult.class);
        assertThat(delete.deleted()).isEqualTo(1);
        assertThat(delete.failures()).extracting(ItemFailure::index).containsExactly(1L);
        assertThat(deleted.getMessage().getHeader(AnaplanConstants.ITEMS_DELETED)).isEqualTo(1L);
        assertThat(product("WD1")).isNull();
    }

    /** A route's own type: a record, with a field renamed to Anaplan's name through Jackson. */
    record Product(String name, @JsonProperty("code") String sku, String parent, Map<String, Object> properties) {
    }

    @Test
    void takesRecordsAndBeansMappedThroughJackson() {
        ListWriteResult result = send(WRITE + "&listWriteMode=add", List.of(
                new Product("Record One", "R1", "HW", Map.of("Unit Price", "7")),
                new Product("Record Two", "R2", "NOPE", null)))
                .getMessage().getBody(ListWriteResult.class);
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.failures()).extracting(ItemFailure::index).containsExactly(1L);
        assertThat(product("R1")).containsEntry("name", "Record One");
        assertThat(properties(product("R1"))).containsEntry("Unit Price", "7");

        Exchange failed = send(WRITE, List.of(new Object()));
        assertThat(failed.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Entry 0 is a java.lang.Object");
    }

    @Test
    void takesJsonTextAndBytes() {
        String json = """
                [ {"name": "Json One", "code": "J1", "parent": "HW", "properties": {"Unit Price": 3.5}},
                  {"name": "Json Two", "code": "J2", "parent": "HW", "Discontinued": "maybe"},
                  {"name": "Json Three", "code": "J3", "parent": "SW", "Category": "Budget"} ]""";
        ListWriteResult fromText = send(WRITE + "&listWriteMode=add", json).getMessage().getBody(ListWriteResult.class);
        assertThat(fromText.added()).isEqualTo(2);
        assertThat(fromText.failures()).extracting(ItemFailure::index).containsExactly(1L);
        assertThat(product("J1").get("properties")).asString().contains("Unit Price=3.5");

        ListWriteResult fromBytes = send(WRITE, "[{\"code\": \"J3\", \"Category\": \"Premium\"}]".getBytes(StandardCharsets.UTF_8))
                .getMessage().getBody(ListWriteResult.class);
        assertThat(fromBytes.updated()).isEqualTo(1);
    }

    @Test
    void takesCsvFromStreamsFilesAndText(@TempDir Path dir) throws Exception {
        String csv = "name,code,parent,Unit Price\nCsv One,C1,HW,1\nCsv Two,C2,BAD,2\nCsv Three,C3,SV,x\nCsv Four,C4,AC,4\n";
        ListWriteResult fromStream = send(WRITE + "&listWriteMode=add",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).getMessage().getBody(ListWriteResult.class);
        assertThat(fromStream.added()).isEqualTo(2);
        assertThat(fromStream.failures()).extracting(ItemFailure::index).containsExactly(1L, 2L);
        assertThat(product("C4").get("parent")).isEqualTo("Accessories");

        File file = Files.writeString(dir.resolve("items.csv"), "code,Category\nC1,Budget\nC4,Premium\n").toFile();
        assertThat(send(WRITE + "&listWriteMode=update", file).getMessage().getBody(ListWriteResult.class).updated())
                .isEqualTo(2);
        assertThat(send(WRITE + "&listWriteMode=delete", "code\nC1\nC4\n").getMessage().getBody(ListWriteResult.class).deleted())
                .isEqualTo(2);
    }

    @Test
    void whatListReadProducedCanBeChangedAndWrittenBack() {
        send(WRITE + "&listWriteMode=add", List.of(item("Round Trip", "RT1", "HW", Map.of("Category", "Budget"))));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = template.requestBody(READ, null, List.class);
        Map<String, Object> roundTrip = new LinkedHashMap<>(items.stream()
                .filter(i -> "RT1".equals(i.get("code"))).findFirst().orElseThrow());
        assertThat(roundTrip).containsKeys("id", "parentId", "listId", "listName");
        roundTrip.put("properties", Map.of("Category", "Premium"));

        ListWriteResult upserted = send(WRITE, List.of(roundTrip)).getMessage().getBody(ListWriteResult.class);
        assertThat(upserted.failures()).isEmpty();
        assertThat(upserted.updated()).isEqualTo(1);
        assertThat(properties(product("RT1"))).containsEntry("Category", "Premium");

        String csv = send(READ + "&outputFormat=csv", null).getMessage().getBody(String.class);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("parentId", "listId", "listName");
        String changed = csv.replace("Premium", "Budget");
        ListWriteResult fromCsv = send(WRITE, changed).getMessage().getBody(ListWriteResult.class);
        assertThat(fromCsv.failures()).isEmpty();
        assertThat(properties(product("RT1"))).containsEntry("Category", "Budget");
    }

    @Test
    void aCsvWithoutNameOrCodeColumnsFailsNamingThem() {
        Exchange failed = send(WRITE, "label,Category\nX,Budget\n");
        assertThat(failed.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'name'").hasMessageContaining("'code'").hasMessageContaining("[label, Category]");
    }

    @Test
    void failOnItemFailuresThrowsCarryingTheFailuresAfterTheGoodEntriesWereWritten() {
        Exchange failed = send(WRITE + "&listWriteMode=add&failOnItemFailures=true",
                List.of(item("Fail One", "F1", "HW", Map.of()), item("Fail Two", "F1", "HW", Map.of())));
        AnaplanItemFailuresException e = failed.getException(AnaplanItemFailuresException.class);
        assertThat(e).isNotNull();
        assertThat(e.getFailures()).extracting(ItemFailure::index, ItemFailure::failureType).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "DUPLICATE"));
        assertThat(((ListWriteResult) e.getResult()).added()).isEqualTo(1);
        assertThat(product("F1")).isNotNull();
    }

    @Test
    void aMissingListNamesTheOptionAndTheHeader() {
        Exchange failed = send("anaplan:list-write?" + DEMO_MODEL, List.of(Map.of("name", "x")));
        assertThat(failed.getException()).hasMessageContaining("'list'").hasMessageContaining(AnaplanConstants.LIST);
        Exchange viaHeader = send("anaplan:list-write?listWriteMode=add&" + DEMO_MODEL,
                List.of(item("Header Item", "H1", "HW", Map.of())), AnaplanConstants.LIST, "Products");
        assertThat(viaHeader.getException()).isNull();
        assertThat(viaHeader.getMessage().getHeader(AnaplanConstants.ITEMS_ADDED)).isEqualTo(1L);
        Exchange badMode = send(WRITE, List.of(), AnaplanConstants.LIST_WRITE_MODE, "merge");
        assertThat(badMode.getException()).hasMessageContaining("'merge'").hasMessageContaining("add, update, upsert, delete");
    }

    static Map<String, Object> item(String name, String code, String parent, Map<String, String> properties) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", name);
        item.put("code", code);
        item.put("parent", parent);
        item.put("properties", properties);
        return item;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> properties(Map<String, Object> item) {
        return (Map<String, String>) item.get("properties");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> product(String code) {
        List<Map<String, Object>> items = template.requestBody(READ, null, List.class);
        return items.stream().filter(i -> code.equals(i.get("code"))).findFirst().orElse(null);
    }
}
