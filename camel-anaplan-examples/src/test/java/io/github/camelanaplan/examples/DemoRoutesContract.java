package io.github.camelanaplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.camel.BeanInject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the demo's routes must do whichever DSL they are written in: each subclass starts the demo with its
 * {@code demo.dsl} against the embedded simulator and database, and every assertion here runs against it. The
 * events recorded in the summary are worded identically in every DSL, so one set of expectations covers all three.
 * <p>
 * One demo run per class ({@code PER_CLASS}): the tests look at different outcomes of the same run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoRoutesContract {

    /** The Camel Main properties every DSL test sets besides {@code demo.dsl} and {@code demo.workDir}. */
    static final String NO_IDLE_STOP = "camel.main.duration-max-idle-seconds=0";
    static final String NO_TIME_LIMIT = "camel.main.duration-max-seconds=0";
    /** The test edits the table itself, at the moments it chooses. */
    static final String NO_DEMO_EDITS = "demo.dbEdits.enabled=false";
    /** Sync every second for as long as the test runs. */
    static final String SYNC_OFTEN = "demo.dbSync.period=1000";
    static final String SYNC_FOREVER = "demo.dbSync.repeatCount=0";

    private static final Duration TIMEOUT = Duration.ofSeconds(25);
    private static final List<String> ROUTE_IDS = List.of("nightly-load", "products-db-sync", "products-import",
            "revenue-view", "sales-export", "sales-import", "task-watch");

    @BeanInject
    CamelContext context;

    @BeanInject(DemoSummary.BEAN_NAME)
    DemoSummary summary;

    @BeanInject(ProductDatabase.BEAN_NAME)
    DataSource dataSource;

    /** @return the DSL the subclass runs */
    abstract DemoDsl dsl();

    /** @return the subclass's work directory, cleaned before its context starts */
    abstract Path work();

    @Test
    void loadsEachRouteOnceFromTheChosenDsl() {
        assertThat(context.getRoutes()).extracting(Route::getRouteId).containsExactlyInAnyOrderElementsOf(ROUTE_IDS);
        for (Route route : context.getRoutes()) {
            String source = Optional.ofNullable(route.getSourceResource()).map(r -> r.getLocation()).orElse("");
            if (dsl() == DemoDsl.JAVA) {
                assertThat(source).as("source of " + route.getRouteId()).isEmpty();
            } else {
                assertThat(source).as("source of " + route.getRouteId())
                        .endsWith("routes/" + dsl().label() + "/" + route.getRouteId() + ".camel." + dsl().label());
            }
        }
    }

    @Test
    void importsProcessesExportsAndReadsTheView() throws InterruptedException {
        Path errors = work().resolve("errors");
        // The dump file appears before its last byte is written: wait for the content, not for the name.
        Eventually.await("a failure dump with both rejected rows in " + errors, TIMEOUT,
                () -> WorkDirectory.files(errors).size() == 1
                        && WorkDirectory.read(WorkDirectory.files(errors).get(0)).contains("Invalid parent: Toys"));
        assertThat(WorkDirectory.read(WorkDirectory.files(errors).get(0)))
                .contains("Invalid parent: Gadgets").doesNotContain("Product 411");

        // Rows from the products import (Product 401) and from the sales import with Versions=Actual (777 units).
        Path export = work().resolve("outbox/sales-export.csv");
        Eventually.await("the sales export", TIMEOUT,
                () -> WorkDirectory.read(export).contains("Product 004,Northern Europe,Apr 26,Actual,777"));
        assertThat(WorkDirectory.read(export)).contains("Product 401,");

        Path view = work().resolve("outbox/revenue-by-region.json");
        Eventually.await("the view page", TIMEOUT, () -> WorkDirectory.read(view).endsWith("]"));
        assertThat(WorkDirectory.read(view)).startsWith("[{\"Regions\":\"North America\",\"Jan 26\":")
                .contains("{\"Regions\":\"Japan\",");

        Eventually.await("the consumer reporting the export task", TIMEOUT,
                () -> summary.finishedTasks().stream().anyMatch(task -> task.startsWith("Sales export task")));
        assertThat(summary.finishedTasks()).anyMatch(task -> task.startsWith("Products from products.csv task"))
                .anyMatch(task -> task.startsWith("Sales from sales.csv task"))
                .anyMatch(task -> task.startsWith("Nightly Load task"))
                .allMatch(task -> task.endsWith(" COMPLETE"))
                .doesNotHaveDuplicates();
        Eventually.await("the process report", TIMEOUT,
                () -> summary.events().stream().anyMatch(event -> event.startsWith("Nightly Load ")));
        assertThat(summary.events())
                .contains("Imported products-bad-rows.csv into Products: 2 rows, 2 rejected",
                        "Imported products.csv into Products: 4 rows, 0 rejected",
                        "Imported sales.csv into Sales: 5 rows")
                .anyMatch(event -> event.startsWith("Nightly Load COMPLETE; Products from products.csv succeeded (")
                        && event.contains("; Sales from sales.csv succeeded (5 rows ok, 0 rejected); Sales export succeeded"));
    }

    @Test
    void keepsTheProductsListInStepWithTheTable() throws Exception {
        ProductsTable table = new ProductsTable(dataSource);
        // The seed: four new rows, one edited (P002), one deleted (P299), one unchanged (P010).
        awaitSyncEvent("Products table synced to the Products list: 4 added, 1 updated, 1 deleted");
        assertThat(table.pendingCodes()).isEmpty();
        Map<String, Map<String, Object>> items = products();
        assertThat(items).containsKeys("P501", "P502", "P503", "P504").doesNotContainKey("P299");
        assertThat(items.get("P501")).containsEntry("name", "Product 501").containsEntry("parent", "Hardware");
        assertThat(properties(items.get("P501"))).containsEntry("Category", "Standard")
                .containsEntry("Unit Price", "24").containsEntry("Discontinued", "false");
        assertThat(properties(items.get("P504"))).containsEntry("Discontinued", "true");
        assertThat(properties(items.get("P002"))).containsEntry("Unit Price", "13.75");

        table.change("UPDATE products SET unit_price = 26.50, row_version = row_version + 1 WHERE code = 'P501'",
                "UPDATE products SET deleted = TRUE, row_version = row_version + 1 WHERE code = 'P503'",
                "INSERT INTO products (code, name, family, category, unit_price) VALUES"
                        + " ('P505', 'Product 505', 'HW', 'Premium', 35.00)");
        awaitSyncEvent("Products table synced to the Products list: 1 added, 1 updated, 1 deleted");
        items = products();
        assertThat(properties(items.get("P501"))).containsEntry("Unit Price", "26.5");
        assertThat(items).containsKey("P505").doesNotContainKey("P503");
        assertThat(table.pendingCodes()).isEmpty();

        // Anaplan rejects a row (unknown family): nothing is marked, so the good row goes again with the fixed one.
        table.change("INSERT INTO products (code, name, family) VALUES ('P599', 'Product 599', 'XX')",
                "UPDATE products SET unit_price = 81, row_version = row_version + 1 WHERE code = 'P504'");
        awaitSyncEvent("Products table sync failed, the rows stay pending: Anaplan rejected 1 of 2 entries");
        assertThat(lastSyncEvent()).contains("XX");
        assertThat(table.pendingCodes()).containsExactly("P504", "P599");
        table.change("UPDATE products SET family = 'HW', row_version = row_version + 1 WHERE code = 'P599'");
        awaitSyncEvent("Products table synced to the Products list: 1 added, 1 updated, 0 deleted");
        assertThat(table.pendingCodes()).isEmpty();
        assertThat(products().get("P599")).containsEntry("parent", "Hardware");
    }

    private void awaitSyncEvent(String start) throws InterruptedException {
        Eventually.await("a sync event starting with: " + start + " (last: " + lastSyncEvent() + ")", TIMEOUT,
                () -> lastSyncEvent().startsWith(start));
    }

    private String lastSyncEvent() {
        List<String> syncEvents = summary.events().stream().filter(event -> event.startsWith("Products table "))
                .toList();
        return syncEvents.isEmpty() ? "" : syncEvents.get(syncEvents.size() - 1);
    }

    /** Reads the list back from Anaplan through the component, keyed by code. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> products() {
        ProducerTemplate template = context.createProducerTemplate();
        List<Map<String, Object>> items = template.requestBody("anaplan:list-read?list=Products", null, List.class);
        return items.stream().collect(Collectors.toMap(item -> String.valueOf(item.get("code")), item -> item));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> item) {
        return (Map<String, Object>) item.get("properties");
    }
}
