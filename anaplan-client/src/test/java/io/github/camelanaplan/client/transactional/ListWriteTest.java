package io.github.camelanaplan.client.transactional;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.faults.FaultSettings;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.RequestInterceptor;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListWriteTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(TxClients::configure).build();

    private final TxTraffic traffic = new TxTraffic();
    private AnaplanSimulator simulator;
    private AnaplanClient client;
    private ListClient lists;

    @BeforeEach
    void setUp(AnaplanSimulator simulator) {
        this.simulator = simulator;
        simulator.interceptors().add(traffic);
        client = TxClients.client(simulator);
        lists = client.model(TxClients.TX_WORKSPACE, TxClients.TX_MODEL).transactional().lists();
    }

    @AfterEach
    void tearDown() {
        client.close();
        simulator.interceptors().remove(traffic);
        simulator.faults().reset();
    }

    @Test
    void addReportsFailuresAtTheirInputIndexAcrossBatches() {
        ListWriteResult result = lists.withOptions(new WriteOptions(2, 2)).add("Scratch", Stream.of(
                ListItemWrite.of("Add One", "AD1").withProperties(Map.of("Headcount", "3")),
                ListItemWrite.of("Add Bad", "AD2").withProperties(Map.of("Headcount", "abc")),
                ListItemWrite.of("Add Three", "AD3"),
                ListItemWrite.of("Add Dup", "K1"),
                ListItemWrite.of("Add Five", null)));
        assertThat(result.added()).isEqualTo(3);
        assertThat(result.ignored()).isEqualTo(2);
        assertThat(result.total()).isEqualTo(5);
        assertThat(result.batches()).isEqualTo(3);
        assertThat(result.failures()).extracting(ItemFailure::index, ItemFailure::failureType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "INCORRECT_FORMAT"),
                        org.assertj.core.groups.Tuple.tuple(3L, "DUPLICATE"));
        assertThat(byName("Scratch")).containsKeys("Add One", "Add Three", "Add Five").doesNotContainKey("Add Bad");
        assertThat(byName("Scratch").get("Add One").properties()).containsEntry("Headcount", "3");
    }

    @Test
    void updateAndDeleteByCodeAndName() {
        lists.add("Tags", Stream.of(ListItemWrite.of("Green", null), ListItemWrite.of("Pink", null)));
        ListWriteResult updated = lists.withOptions(new WriteOptions(1, 1)).update("Accounts", Stream.of(
                ListItemWrite.byCode("A10").withProperties(Map.of("Headcount", "7")),
                ListItemWrite.byCode("NOPE").withProperties(Map.of("Headcount", "1")),
                ListItemWrite.byCode("A11").withProperties(Map.of("Headcount", "8"))));
        assertThat(updated.updated()).isEqualTo(2);
        assertThat(updated.failures()).singleElement().satisfies(f -> {
            assertThat(f.index()).isEqualTo(1);
            assertThat(f.failureType()).isEqualTo("ITEM_NOT_FOUND");
        });
        Map<String, ListItem> accounts = byCode();
        assertThat(accounts.get("A10").properties()).containsEntry("Headcount", "7");
        assertThat(accounts.get("A11").properties()).containsEntry("Headcount", "8");

        ListWriteResult deleted = lists.delete("Tags", Stream.of(ListItemWrite.byName("Missing"),
                ListItemWrite.byName("Green"), new ListItemWrite(null, "Pink", null, null, Map.of("x", "y"), null)));
        assertThat(deleted.deleted()).isEqualTo(2);
        assertThat(deleted.failures()).extracting(ItemFailure::index).containsExactly(0L);
        assertThat(byName("Tags")).containsOnlyKeys("Red", "Blue");
    }

    @Test
    void upsertSplitsIntoAddsAndUpdatesAcrossManyBatches() {
        int count = 30_000;
        ListWriteResult result = lists.withOptions(new WriteOptions(4_000, 3)).upsert("Accounts",
                accounts(count, 7_919));
        assertFailuresEvery(result, count, 7_919);
        assertThat(result.updated()).isEqualTo(20_000 - failuresBelow(20_000, 7_919));
        assertThat(result.added()).isEqualTo(10_000 - (failuresBelow(count, 7_919) - failuresBelow(20_000, 7_919)));
        assertThat(result.batches()).isGreaterThanOrEqualTo(8);
        Map<String, ListItem> all = byCode();
        assertThat(all).hasSize((int) (count - (failuresBelow(count, 7_919) - failuresBelow(20_000, 7_919))));
        assertThat(all.get("A20001").name()).isEqualTo("Upserted 20001");
        assertThat(all.get("A5").properties()).containsEntry("Headcount", "5");
    }

    @Test
    void bigUpsertOf250000Items() {
        // about 10 s against the simulator: 20,000 updates, 230,000 adds in 25 batches of 10,000, 2 in flight
        int count = 250_000;
        ListWriteResult result = lists.upsert("Ledger", accounts(count, 49_999));
        assertFailuresEvery(result, count, 49_999);
        assertThat(result.added() + result.updated()).isEqualTo(count - failuresBelow(count, 49_999));
        assertThat(result.batches()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void anAmbiguousAddIsReconciledWithoutDuplicatesOrPhantomFailures() {
        // the first add request is applied, then its answer is cut off: the client cannot know what happened
        simulator.faults().settings(FaultSettings.builder().truncateResponseBody(1.0)
                .pathFilter("/lists/\\d+/items$").build());
        RequestInterceptor faultOnce = RequestInterceptor.of(6, (request, response, chain) -> {
            try {
                chain.proceed(request, response);
            } finally {
                if ("POST".equals(request.method()) && request.path().endsWith("/items")) {
                    simulator.faults().reset();
                }
            }
        });
        simulator.interceptors().add(faultOnce);
        try {
            ListWriteResult result = lists.withOptions(new WriteOptions(3, 1)).add("Scratch", Stream.of(
                    ListItemWrite.of("Amb 1", "AM1"),
                    ListItemWrite.of("Amb 2", "AM2").withProperties(Map.of("Headcount", "bad")),
                    ListItemWrite.of("Amb 3", "AM3"),
                    ListItemWrite.of("Amb 4", "AM4"),
                    ListItemWrite.of("Amb 5", "AM5"),
                    ListItemWrite.of("Amb 6", "AM6")));
            assertThat(result.added()).isEqualTo(5);
            assertThat(result.failures()).singleElement().satisfies(f -> {
                assertThat(f.index()).isEqualTo(1);
                assertThat(f.failureType()).isEqualTo("INCORRECT_FORMAT");
            });
        } finally {
            simulator.interceptors().remove(faultOnce);
        }
        // batch 1 (cut off), the re-send of its one missing entry, batch 2; never batch 1 again
        assertThat(traffic.count("^POST .*/lists/\\d+/items$")).isEqualTo(3);
        assertThat(simulator.faults().stats().faults(io.github.camelanaplan.simulator.faults.FaultKind
                .TRUNCATE_RESPONSE_BODY)).isEqualTo(1);
        List<String> names = lists.readItems("Scratch", false).stream().map(ListItem::name)
                .filter(n -> n.startsWith("Amb")).toList();
        assertThat(names).containsExactlyInAnyOrder("Amb 1", "Amb 3", "Amb 4", "Amb 5", "Amb 6");
    }

    @Test
    void anAddAnsweredWith500IsCheckedAndOnlyTheMissingEntriesAreSentAgain() {
        // error500 is injected before the handler: nothing was applied, the client must find that out and re-send
        faultOnce(FaultSettings.builder().error500(1.0).pathFilter("/lists/\\d+/items$").build(), "POST");
        ListWriteResult result = lists.withOptions(new WriteOptions(10, 1)).add("Scratch", Stream.of(
                ListItemWrite.of("Srv 1", "SV1"), ListItemWrite.of("Srv 2", "SV2")));
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.failures()).isEmpty();
        assertThat(traffic.count("^GET .*/lists/\\d+/items$")).isEqualTo(1);
        assertThat(traffic.count("^POST .*/lists/\\d+/items$")).isEqualTo(2);
        assertThat(byName("Scratch")).containsKeys("Srv 1", "Srv 2");
    }

    @Test
    void anAmbiguousDeleteIsCheckedAndNotSentAgainWhenItWasApplied() {
        lists.add("Tags", Stream.of(ListItemWrite.of("Gone 1", null), ListItemWrite.of("Gone 2", null)));
        traffic.clear();
        faultOnce(FaultSettings.builder().truncateResponseBody(1.0).pathFilter("/lists/\\d+/items$").build(), "POST");
        ListWriteResult result = lists.delete("Tags", Stream.of(ListItemWrite.byName("Gone 1"),
                ListItemWrite.byName("Gone 2")));
        assertThat(result.deleted()).isEqualTo(2);
        assertThat(result.failures()).isEmpty();
        assertThat(traffic.count("^POST .*/lists/\\d+/items$")).isEqualTo(1);
        assertThat(byName("Tags")).doesNotContainKeys("Gone 1", "Gone 2").containsKeys("Red", "Blue");
    }

    /** Switches the faults on until the first {@code method} request to the items path has been answered. */
    private void faultOnce(FaultSettings settings, String method) {
        simulator.faults().settings(settings);
        RequestInterceptor off = new RequestInterceptor() {
            @Override
            public int order() {
                return 6;
            }

            @Override
            public void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception {
                try {
                    chain.proceed(request, response);
                } finally {
                    if (method.equals(request.method()) && request.path().endsWith("/items")) {
                        simulator.faults().reset();
                        simulator.interceptors().remove(this);
                    }
                }
            }
        };
        simulator.interceptors().add(off);
    }

    @Test
    void resetIndexRefusesAListWithItemsAndWorksOnAnEmptyOne() {
        lists.resetIndex("Empty");
        assertThatThrownBy(() -> lists.resetIndex("Scratch"))
                .isInstanceOf(io.github.camelanaplan.client.error.AnaplanException.class)
                .hasMessageContaining("contains data");
    }

    /** A1..An with names "Upserted n" and Headcount n, except every k-th (index k-1, 2k-1...) has a bad number. */
    private static Stream<ListItemWrite> accounts(int count, int every) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> ListItemWrite.of("Upserted " + n, "A" + n)
                .withProperties(Map.of("Headcount", n % every == 0 ? "not a number" : String.valueOf(n))));
    }

    private static long failuresBelow(int n, int every) {
        return n / every;
    }

    private static void assertFailuresEvery(ListWriteResult result, int count, int every) {
        List<Long> expected = IntStream.rangeClosed(1, count).filter(n -> n % every == 0)
                .mapToObj(n -> (long) (n - 1)).toList();
        assertThat(result.failures()).extracting(ItemFailure::index).containsExactlyElementsOf(expected);
        assertThat(result.failures()).extracting(ItemFailure::failureType).containsOnly("INCORRECT_FORMAT");
        assertThat(result.total()).isEqualTo(count);
    }

    private Map<String, ListItem> byName(String list) {
        return lists.readItems(list, true).stream().collect(Collectors.toMap(ListItem::name, Function.identity()));
    }

    private Map<String, ListItem> byCode() {
        Map<String, ListItem> map = new HashMap<>();
        lists.readItems("Accounts", true).forEach(i -> map.put(i.code(), i));
        return map;
    }
}
