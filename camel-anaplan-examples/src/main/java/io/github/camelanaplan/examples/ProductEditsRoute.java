package io.github.camelanaplan.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * Demo scaffolding, not an integration pattern: plays a user of the product master who, between two syncs, changes
 * a price, retires a product and adds one ({@code db/products-edits.sql}), so the summary shows the sync picking up
 * changes. Only added for the embedded database, whatever {@code demo.dsl} says.
 */
class ProductEditsRoute extends RouteBuilder {

    private final ProductDatabase database;

    ProductEditsRoute(ProductDatabase database) {
        this.database = database;
    }

    @Override
    public void configure() {
        from("timer:products-db-edits?repeatCount=1&delay={{demo.dbEdits.delay}}").routeId("products-db-edits")
                .process(exchange -> database.runScript("db/products-edits.sql"))
                .log("Edited the products table: P501 repriced, P503 marked deleted, P505 added");
    }
}
