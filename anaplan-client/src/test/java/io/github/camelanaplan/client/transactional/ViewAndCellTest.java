package io.github.camelanaplan.client.transactional;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.client.error.AnaplanNameNotFoundException;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.transactional.TransactionalSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.camelanaplan.client.transactional.CellDimension.byName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewAndCellTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(TxClients::configure).build();

    private final TxTraffic traffic = new TxTraffic();
    private AnaplanSimulator simulator;
    private AnaplanClient client;
    private TransactionalClient tx;

    @BeforeEach
    void setUp(AnaplanSimulator simulator) {
        this.simulator = simulator;
        simulator.interceptors().add(traffic);
        client = TxClients.client(simulator);
        tx = client.model(TxClients.DEMO_WORKSPACE, TxClients.DEMO_MODEL).transactional();
    }

    @AfterEach
    void tearDown() {
        client.close();
        simulator.interceptors().remove(traffic);
        simulator.service(TransactionalSettings.class).orElseThrow().reset();
    }

    @Test
    void metadataNamesTheAxes() {
        ViewMetadata sales = tx.views().metadata("Sales");
        assertThat(sales.rows()).extracting(NamedRef::name).containsExactly("Products", "Line Items");
        assertThat(sales.columns()).extracting(NamedRef::name).containsExactly("Time");
        assertThat(sales.pages()).extracting(NamedRef::name).containsExactly("Regions", "Versions");
        assertThat(tx.views().metadata("Sales.Revenue by Region").rows()).extracting(NamedRef::name)
                .containsExactly("Regions");
    }

    @Test
    void cellWriteThenViewReadRoundTrip() throws IOException {
        CellWriteResult written = tx.cells().writeCells("Sales", List.of(
                CellWrite.of("Units", 123, byName("Products", "Product 002"), byName("Regions", "Latin America"),
                        byName("Time", "Mar 26"), byName("Versions", "Forecast")),
                CellWrite.of("Comment", "hello, world", byName("Products", "Product 002"),
                        CellDimension.byCode("Regions", "LATAM"), byName("Time", "Mar 26"),
                        byName("Versions", "Forecast"))).iterator());
        assertThat(written.numberOfCellsChanged()).isEqualTo(2);
        assertThat(written.successful()).isTrue();

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("regions", "LATAM");          // dimension by name ignoring case, item by code
        pages.put("Versions", "Forecast");
        List<Map<String, String>> rows = tx.views().readView("Sales", pages);
        assertThat(rows).hasSize(300 * 4);
        Map<String, String> units = rows.stream()
                .filter(r -> "Product 002".equals(r.get("Products")) && "Units".equals(r.get("Line Items")))
                .findFirst().orElseThrow();
        assertThat(units).containsEntry("Mar 26", "123").containsEntry("Jan 26", "0");
        assertThat(units.keySet()).startsWith("Products", "Line Items", "Jan 26").hasSize(2 + 12);
        assertThat(traffic.count("^GET /2/0/models/[^/]+/views/\\d+/data$")).isEqualTo(1);

        String csv = ListReadTest.text(tx.views().readViewCsv("Sales", pages));
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Latin America,Forecast");
        assertThat(lines.get(1)).startsWith(",,Jan 26,Feb 26,Mar 26");
        assertThat(lines).contains("Product 002,Units,0,0,123,0,0,0,0,0,0,0,0,0");
        assertThat(csv).contains("Product 002,Comment,,,\"hello, world\"");
    }

    @Test
    void pageSelectorsResolveByNameAndUnknownOnesListWhatExists() {
        Map<String, String> resolved = tx.views().resolvePageSelectors("Sales",
                Map.of("Regions", "north america"));
        assertThat(resolved).hasSize(1);
        assertThat(resolved.keySet().iterator().next()).startsWith("101");
        assertThat(resolved.values().iterator().next()).startsWith("202");

        assertThatThrownBy(() -> tx.views().readView("Sales", Map.of("Regions", "Atlantis")))
                .isInstanceOf(AnaplanNameNotFoundException.class)
                .hasMessageContaining("Atlantis").hasMessageContaining("North America")
                .satisfies(e -> assertThat(((AnaplanNameNotFoundException) e).availableNames()).hasSize(8));
        assertThatThrownBy(() -> tx.views().readViewCsv("Sales", Map.of("Time", "Jan 26")))
                .isInstanceOf(AnaplanNameNotFoundException.class)
                .hasMessageContaining("page dimension").hasMessageContaining("Regions, Versions");
    }

    @Test
    void cellFailuresCarryTheirInputIndexAcrossRequests() {
        List<CellWrite> cells = List.of(
                CellWrite.of("Units", 1, byName("Products", "Product 101"), byName("Regions", "North America"),
                        byName("Time", "Jan 26"), byName("Versions", "Forecast")),
                CellWrite.of("Units", 2, byName("Products", "Product 101"), byName("Regions", "North America"),
                        byName("Time", "Feb 26"), byName("Versions", "Forecast")),
                CellWrite.of("Revenue", 3, byName("Products", "Product 101"), byName("Regions", "North America"),
                        byName("Time", "Feb 26"), byName("Versions", "Forecast")),
                CellWrite.of("Units", 4, byName("Products", "Product 101"), byName("Regions", "North America"),
                        byName("Time", "Mar 26"), byName("Versions", "Forecast")),
                CellWrite.of("Units", 5, byName("Products", "No Such Product"), byName("Regions", "North America"),
                        byName("Time", "Mar 26"), byName("Versions", "Forecast")));
        CellWriteResult result = tx.cells().withCellsPerRequest(2).writeCells("Sales", cells.iterator());
        assertThat(result.requests()).isEqualTo(3);
        assertThat(result.cellsSent()).isEqualTo(5);
        assertThat(result.numberOfCellsChanged()).isEqualTo(3);
        assertThat(result.failures()).extracting(ItemFailure::index, ItemFailure::failureType).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "cellIsCalculated"),
                org.assertj.core.groups.Tuple.tuple(4L, "itemNotFound"));
        assertThatThrownBy(() -> tx.cells().withCellsPerRequest(100_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100000");
    }

    @Test
    void largeViewReadStreamsAllPagesAndCleansUp() {
        simulator.service(TransactionalSettings.class).orElseThrow().update(l -> l.withReadRequestPageRows(5_000)
                .withReadRequestPageDelay(Duration.ofMillis(2)));
        int rows = 0;
        List<String> header;
        try (CsvRows csv = new CsvRows(tx.views().readLarge("Sales", "TABULAR_MULTI_COLUMN"))) {
            header = csv.next();
            while (csv.hasNext()) {
                List<String> row = csv.next();
                assertThat(row).isNotEqualTo(header);
                rows++;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(header).startsWith("Products", "Regions", "Time", "Versions");
        assertThat(rows).isEqualTo(300 * 8 * 12 * 2);
        assertThat(traffic.count("^GET .*/views/\\d+/readRequests/[^/]+/pages/\\d+$")).isEqualTo(12);
        assertThat(traffic.count("^DELETE .*/views/\\d+/readRequests/[^/]+$")).isEqualTo(1);
    }
}
