package io.github.camelanaplan.component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.camelanaplan.client.transactional.CellWriteResult;
import io.github.camelanaplan.client.transactional.ItemFailure;
import io.github.camelanaplan.client.transactional.NamedRef;
import io.github.camelanaplan.client.transactional.ViewMetadata;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.transactional.GeneratedLists;
import io.github.camelanaplan.simulator.transactional.TransactionalSettings;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** list-read, view-read and cell-write against the demo model (Regions: 8 items; Products: 300; module Sales). */
class ReadAndCellTest extends AnaplanTestSupport {

    private static final String READ_REGIONS = "anaplan:list-read?list=Regions&" + DEMO_MODEL;
    private static final String READ_SALES = "anaplan:view-read?view=Sales&" + DEMO_MODEL;

    /** A CSV body is closed when its exchange completes, so it is read inside the route, as users must. */
    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:csv").toD("${header.target}")
                        .process(e -> e.getMessage().setBody(lines(e.getMessage().getBody(InputStream.class))));
                // Counts without keeping the lines: the stream is consumed as pages arrive.
                from("direct:count").toD("${header.target}").process(e -> {
                    try (BufferedReader reader = new BufferedReader(
                            new InputStreamReader(e.getMessage().getBody(InputStream.class), StandardCharsets.UTF_8))) {
                        e.getMessage().setBody(reader.lines().count());
                    }
                });
            }
        };
    }

    /** Sends to the endpoint through a route that turns the CSV body into its lines before the exchange completes. */
    private Exchange csvLines(String uri) {
        return send("direct:csv", null, "target", uri);
    }

    @SuppressWarnings("unchecked")
    private static List<String> body(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(List.class);
    }

    @Test
    void readsAListAsMapsJsonOrCsv() throws Exception {
        List<?> items = template.requestBody(READ_REGIONS, null, List.class);
        assertThat(items).hasSize(8);
        assertThat(asMap(items.get(0))).containsEntry("name", "North America").containsEntry("code", "NA");

        String json = template.requestBody(READ_REGIONS + "&outputFormat=json", null, String.class);
        assertThat(json).startsWith("[").contains("\"name\":\"Japan\"").contains("\"code\":\"JP\"");

        Exchange csv = csvLines(READ_REGIONS + "&outputFormat=csv");
        assertThat(csv.getMessage().getHeader(AnaplanConstants.LARGE_READ)).isEqualTo(false);
        List<String> lines = body(csv);
        assertThat(lines.get(0)).startsWith("id,name,code,parent");
        assertThat(lines).hasSize(9);
    }

    @Test
    void aLargeReadStreamsEveryPage() throws Exception {
        TransactionalSettings settings = simulator().service(TransactionalSettings.class).orElseThrow();
        settings.update(l -> l.withReadRequestPageRows(70).withReadRequestPageDelay(Duration.ofMillis(2)));
        try {
            Exchange csv = csvLines("anaplan:list-read?list=Products&largeRead=always&outputFormat=csv&" + DEMO_MODEL);
            assertThat(csv.getMessage().getHeader(AnaplanConstants.LARGE_READ)).isEqualTo(true);
            List<String> lines = body(csv);
            assertThat(lines).hasSize(301);
            assertThat(lines.get(0)).startsWith("id,name,code");
            assertThat(lines).filteredOn(l -> l.startsWith("id,")).hasSize(1);

            List<?> rows = template.requestBody("anaplan:list-read?list=Products&largeRead=always&" + DEMO_MODEL, null, List.class);
            assertThat(rows).hasSize(300);
            assertThat(asMap(rows.get(299))).containsEntry("code", "P300");
        } finally {
            settings.reset();
        }
    }

    @Test
    void autoChoosesTheLargeReadOverAMillionItemsAndRefusesToCollectItUnasked() throws Exception {
        Model model = simulator().tenant().models().byName(MODEL).orElseThrow();
        simulator().service(GeneratedLists.class).orElseThrow().create(model, "Huge List", 1_000_001);
        String uri = "anaplan:list-read?list=Huge List&" + DEMO_MODEL;
        Exchange refused = send(uri, null);
        assertThat(refused.getException()).hasMessageContaining("outputFormat=csv").hasMessageContaining("largeRead=always");

        Exchange csv = send("direct:count", null, "target", uri + "&outputFormat=csv");
        assertThat(csv.getException()).isNull();
        assertThat(csv.getMessage().getHeader(AnaplanConstants.LARGE_READ)).isEqualTo(true);
        assertThat(csv.getMessage().getBody(Long.class)).isEqualTo(1_000_002L);
    }

    @Test
    void writesCellsThenReadsThemBackThroughAViewWithPageSelectorsByName() {
        List<Map<String, Object>> cells = List.of(
                Map.of("lineItem", "Units", "value", 42,
                        "dimensions", Map.of("Products", "Product 050", "Regions", "Japan", "Time", "Feb 26", "Versions", "Forecast")),
                Map.of("lineItem", "Revenue", "value", 1,
                        "dimensions", Map.of("Products", "Product 050", "Regions", "Japan", "Time", "Feb 26", "Versions", "Forecast")),
                Map.of("lineItem", "Units", "value", 7, "dimensions", List.of(
                        Map.of("dimensionName", "Products", "itemCode", "P050"), Map.of("dimensionName", "Regions", "itemCode", "JP"),
                        Map.of("dimensionName", "Time", "itemName", "Mar 26"),
                        Map.of("dimensionName", "Versions", "itemName", "Forecast"))));
        Exchange written = send("anaplan:cell-write?module=Sales&cellsPerRequest=2&" + DEMO_MODEL, cells);
        CellWriteResult result = written.getMessage().getBody(CellWriteResult.class);
        assertThat(result.numberOfCellsChanged()).isEqualTo(2);
        assertThat(result.requests()).isEqualTo(2);
        assertThat(result.failures()).extracting(ItemFailure::index, ItemFailure::failureType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "cellIsCalculated"));
        assertThat(written.getMessage().getHeader(AnaplanConstants.CELLS_CHANGED)).isEqualTo(2L);
        assertThat(written.getMessage().getHeader(AnaplanConstants.ITEMS_FAILED)).isEqualTo(1);

        Exchange read = send(READ_SALES + "&pageSelectors=Regions:Japan,Versions:Forecast", null);
        ViewMetadata metadata = read.getMessage().getHeader(AnaplanConstants.VIEW_METADATA, ViewMetadata.class);
        assertThat(metadata.pages()).extracting(NamedRef::name).contains("Regions", "Versions");
        Map<Object, Object> units = unitsOfProduct050(read.getMessage().getBody(List.class));
        assertThat(units).containsEntry("Feb 26", "42").containsEntry("Mar 26", "7");

        // The header (a map) overrides the option: North America, Forecast was never written.
        Exchange other = send(READ_SALES + "&pageSelectors=Regions:Japan", null, AnaplanConstants.PAGE_SELECTORS,
                Map.of("Regions", "North America", "Versions", "Forecast"));
        assertThat(unitsOfProduct050(other.getMessage().getBody(List.class)).get("Feb 26")).isNotEqualTo("42");
    }

    @Test
    void failOnItemFailuresAppliesToCellWrites() {
        Exchange failed = send("anaplan:cell-write?module=Sales&failOnItemFailures=true&" + DEMO_MODEL,
                "[{\"lineItem\": \"Units\", \"value\": 3, \"dimensions\": {\"Products\": \"Nope\", \"Regions\": \"Japan\","
                + " \"Time\": \"Jan 26\", \"Versions\": \"Actual\"}}]");
        AnaplanItemFailuresException e = failed.getException(AnaplanItemFailuresException.class);
        assertThat(e).isNotNull();
        assertThat(e.getFailures()).extracting(ItemFailure::index).containsExactly(0L);
        assertThat(e.getResult()).isInstanceOf(CellWriteResult.class);
    }

    @Test
    void readsAViewAsJsonCsvAndLargeRead() throws Exception {
        String json = template.requestBody(READ_SALES + "&outputFormat=json", null, String.class);
        assertThat(json).startsWith("[{\"Products\":\"Product 001\"");
        List<String> grid = body(csvLines(READ_SALES + "&outputFormat=csv"));
        assertThat(grid.get(0)).isEqualTo("North America,Actual");

        Exchange large = csvLines("anaplan:view-read?view=Sales.Revenue by Region&largeRead=always&outputFormat=csv"
                                  + "&exportType=TABULAR_SINGLE_COLUMN&" + DEMO_MODEL);
        List<String> rows = body(large);
        assertThat(rows.get(0)).contains("Line Items").contains("Value");
        // Regions x Time x Versions x Products, one line item.
        assertThat(rows).hasSize(1 + 8 * 12 * 2 * 300);
    }

    @Test
    void theViewAndModuleHeadersOverrideTheOptions() {
        String cell = "[{\"lineItem\": \"Comment\", \"value\": \"Via header\", \"dimensions\": {\"Products\": \"Product 002\","
                      + " \"Regions\": \"Asia Pacific\", \"Time\": \"Jan 26\", \"Versions\": \"Forecast\"}}]";
        Exchange written = send("anaplan:cell-write?module=NoSuchModule&" + DEMO_MODEL, cell, AnaplanConstants.MODULE, "Sales");
        assertThat(written.getException()).isNull();
        assertThat(written.getMessage().getHeader(AnaplanConstants.CELLS_CHANGED)).isEqualTo(1L);

        Exchange read = send("anaplan:view-read?view=NoSuchView&pageSelectors=RAW(Regions:Asia Pacific,Versions:Forecast)&" + DEMO_MODEL,
                null, AnaplanConstants.VIEW, "Sales");
        assertThat(read.getException()).isNull();
        List<?> rows = read.getMessage().getBody(List.class);
        Map<Object, Object> comment = rows.stream().map(ReadAndCellTest::asMap)
                .filter(r -> "Product 002".equals(r.get("Products")) && "Comment".equals(r.get("Line Items")))
                .findFirst().orElseThrow();
        assertThat(comment).containsEntry("Jan 26", "Via header");

        Exchange noModule = send("anaplan:cell-write?" + DEMO_MODEL, cell);
        assertThat(noModule.getException()).hasMessageContaining("'module'").hasMessageContaining(AnaplanConstants.MODULE);
    }

    @Test
    void pageSelectorsTakeIdsToo() {
        ViewMetadata metadata = send(READ_SALES, null).getMessage().getHeader(AnaplanConstants.VIEW_METADATA, ViewMetadata.class);
        String regionsId = metadata.pages().stream().filter(p -> p.name().equals("Regions")).findFirst().orElseThrow().id();
        List<?> regions = template.requestBody(READ_REGIONS, null, List.class);
        Object japanId = regions.stream().map(ReadAndCellTest::asMap).filter(r -> "Japan".equals(r.get("name")))
                .findFirst().orElseThrow().get("id");
        List<?> byIds = send(READ_SALES, null, AnaplanConstants.PAGE_SELECTORS, regionsId + ":" + japanId + ",Versions:Forecast")
                .getMessage().getBody(List.class);
        List<?> byNames = send(READ_SALES + "&pageSelectors=Regions:Japan,Versions:Forecast", null).getMessage().getBody(List.class);
        assertThat(byIds).isNotEmpty().isEqualTo(byNames);
        List<?> otherPage = send(READ_SALES + "&pageSelectors=Regions:Japan,Versions:Actual", null).getMessage().getBody(List.class);
        assertThat(otherPage).isNotEqualTo(byNames);
    }

    @Test
    void anUnknownPageSelectorNamesWhatIsAvailable() {
        Exchange failed = send(READ_SALES + "&pageSelectors=Regions:Atlantis", null);
        assertThat(failed.getException()).hasMessageContaining("Atlantis").hasMessageContaining("Japan");
        Exchange malformed = send(READ_SALES, null, AnaplanConstants.PAGE_SELECTORS, "Regions");
        assertThat(malformed.getException()).hasMessageContaining("Dimension:Item");
    }

    private static Map<Object, Object> unitsOfProduct050(List<?> rows) {
        return rows.stream().map(ReadAndCellTest::asMap)
                .filter(r -> "Product 050".equals(r.get("Products")) && "Units".equals(r.get("Line Items")))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> asMap(Object row) {
        return (Map<Object, Object>) row;
    }

    private static List<String> lines(InputStream in) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
