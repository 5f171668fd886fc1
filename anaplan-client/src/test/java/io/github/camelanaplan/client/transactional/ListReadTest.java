package io.github.camelanaplan.client.transactional;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.client.AnaplanClientConfig;
import io.github.camelanaplan.client.error.AnaplanAccessDeniedException;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.transactional.GeneratedLists;
import io.github.camelanaplan.simulator.transactional.TransactionalSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListReadTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(TxClients::configure).build();

    private static final int BIG = 50_000;

    private final TxTraffic traffic = new TxTraffic();
    private AnaplanSimulator simulator;
    private AnaplanClient client;
    private ListClient lists;

    @BeforeAll
    static void bigList(AnaplanSimulator simulator) {
        Model model = simulator.tenant().models().byName(TxClients.DEMO_MODEL).orElseThrow();
        simulator.service(GeneratedLists.class).orElseThrow().create(model, "Big List", BIG);
    }

    @BeforeEach
    void setUp(AnaplanSimulator simulator) {
        this.simulator = simulator;
        simulator.interceptors().add(traffic);
        simulator.service(TransactionalSettings.class).orElseThrow().update(l -> l.withReadRequestPageRows(1_000)
                .withReadRequestPageDelay(Duration.ofMillis(2)));
        client = TxClients.client(simulator);
        lists = client.model(TxClients.DEMO_WORKSPACE, TxClients.DEMO_MODEL).transactional().lists();
    }

    @AfterEach
    void tearDown() {
        client.close();
        simulator.interceptors().remove(traffic);
        simulator.service(TransactionalSettings.class).orElseThrow().reset();
    }

    @Test
    void metadataDescribesTheList() {
        ListMetadata products = lists.metadata("Products");
        assertThat(products.name()).isEqualTo("Products");
        assertThat(products.itemCount()).isEqualTo(300);
        assertThat(products.numberedList()).isFalse();
        assertThat(products.properties()).extracting(ListProperty::name)
                .contains("Category", "Unit Price", "Discontinued");
        assertThat(products.parent().name()).isEqualTo("Product Family");
    }

    @Test
    void itemsAsJsonWithAndWithoutProperties() {
        List<ListItem> regions = lists.readItems("Regions", false);
        assertThat(regions).hasSize(8).allSatisfy(r -> assertThat(r.code()).isNotBlank());
        assertThat(regions.get(0).properties()).isNull();

        List<ListItem> products = lists.readItems("Products", true);
        assertThat(products).hasSize(300);
        ListItem first = products.get(0);
        assertThat(first.name()).isEqualTo("Product 001");
        assertThat(first.code()).isEqualTo("P001");
        assertThat(first.parent()).isNotBlank();
        assertThat(first.properties()).containsKeys("Category", "Unit Price", "Discontinued");
        assertThat(products.get(24).properties()).containsEntry("Discontinued", "true");
    }

    @Test
    void itemsAsCsv() throws IOException {
        String csv = text(lists.readItemsCsv("Regions", false));
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,name,code,parent,parentId,listId,listName");
        assertThat(lines).hasSize(9);
        String withAll = text(lists.readItemsCsv("Products", true)).lines().findFirst().orElseThrow();
        assertThat(withAll).contains("Category", "Unit Price", "Discontinued");
    }

    @Test
    void largeReadStreamsEveryPageInOrderWithOneHeaderAndDeletesTheRequest() throws IOException {
        int rows = 0;
        int headers = 0;
        List<String> header;
        try (CsvRows csv = lists.readLargeRows("Big List")) {
            header = csv.next();
            assertThat(header.subList(0, 3)).containsExactly("id", "name", "code");
            while (csv.hasNext()) {
                List<String> row = csv.next();
                if (row.equals(header)) {
                    headers++;
                    continue;
                }
                rows++;
                assertThat(row.get(1)).isEqualTo(String.format("Item %07d", rows));
            }
        }
        assertThat(rows).isEqualTo(BIG);
        assertThat(headers).isZero();
        assertThat(traffic.count("^GET .*/readRequests/[^/]+/pages/\\d+$")).isEqualTo(BIG / 1_000);
        assertThat(traffic.count("^DELETE .*/lists/\\d+/readRequests/[^/]+$")).isEqualTo(1);
    }

    @Test
    void closingEarlyDeletesTheRequest() throws IOException {
        ReadRequestInputStream in = lists.readLarge("Big List");
        byte[] start = in.readNBytes(200);
        assertThat(new String(start, StandardCharsets.UTF_8)).startsWith("id,name,code");
        in.close();
        in.close();
        assertThat(in.pagesRead()).isEqualTo(1);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(traffic.count("^DELETE .*/readRequests/" + in.requestId() + "$")).isEqualTo(1);
        assertThat(traffic.count("/pages/")).isEqualTo(1);
    }

    @Test
    void largeReadNeedsAWorkspaceAdministrator() {
        try (AnaplanClient viewer = AnaplanClient.create(AnaplanClientConfig.builder()
                .apiBaseUrl(simulator.apiBaseUrl()).authBaseUrl(simulator.authBaseUrl())
                .basicAuth("viewer@example.com", "viewer-password").build())) {
            ListClient viewerLists = viewer.model(TxClients.DEMO_WORKSPACE, TxClients.DEMO_MODEL).transactional()
                    .lists();
            assertThat(viewerLists.readItems("Regions", false)).hasSize(8);
            assertThatThrownBy(() -> viewerLists.readLarge("Regions"))
                    .isInstanceOf(AnaplanAccessDeniedException.class)
                    .hasMessageContaining("workspace administrator")
                    .satisfies(e -> assertThat(((AnaplanAccessDeniedException) e).requiredRight())
                            .contains("workspace administrator"));
        }
    }

    static String text(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
