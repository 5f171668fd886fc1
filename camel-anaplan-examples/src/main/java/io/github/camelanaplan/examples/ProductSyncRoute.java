package io.github.camelanaplan.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * Keeps the Products list in step with the products table: rows changed since the last run are upserted, rows
 * marked deleted are removed from the list, and only then are the rows marked synced. If Anaplan rejects anything
 * the rows are not marked and the next run sends them again, so a failure never loses a change; sending a row
 * twice is harmless because upsert and delete are idempotent.
 * <p>
 * The four statements live in {@code db/sync/*.sql}, shared with the YAML and XML versions of this route. The
 * timer runs one sync at a time, which the claim in step 1 relies on.
 */
public class ProductSyncRoute extends RouteBuilder {

    @Override
    public void configure() {
        // synchronous: the timer waits for each sync to end (the anaplan producer is asynchronous), so two runs
        // never overlap and add the same new item twice.
        from("timer:products-db-sync?delay={{demo.dbSync.delay}}&period={{demo.dbSync.period}}"
                + "&repeatCount={{demo.dbSync.repeatCount}}&synchronous=true").routeId("products-db-sync")
                .autoStartup("{{demo.dbSync.enabled}}")
                .to("sql:classpath:db/sync/claim-changed-rows.sql")
                .filter(simple("${header.CamelSqlUpdateCount} > 0"))
                    .doTry()
                        .to("sql:classpath:db/sync/select-upserts.sql")
                        .to("anaplan:list-write?list=Products&listWriteMode=upsert&failOnItemFailures=true")
                        .setVariable("added", header("CamelAnaplanItemsAdded"))
                        .setVariable("updated", header("CamelAnaplanItemsUpdated"))
                        .to("sql:classpath:db/sync/select-deletes.sql")
                        // An item already gone (a retry after a lost step 4) is what a delete wants: not a failure.
                        .to("anaplan:list-write?list=Products&listWriteMode=delete")
                        .to("sql:classpath:db/sync/mark-synced.sql")
                        .setBody(simple("Products table synced to the Products list: ${variable.added} added,"
                                + " ${variable.updated} updated, ${header.CamelAnaplanItemsDeleted} deleted"))
                    .doCatch(Exception.class)
                        .setBody(simple("Products table sync failed, the rows stay pending: ${exception.message}"))
                    .end()
                    .log("${body}")
                    .to("bean:" + DemoSummary.BEAN_NAME + "?method=record");
    }
}
