package io.github.camelanaplan.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * Products CSV files dropped into the inbox are imported into the Products list. Rows Anaplan rejects do not fail
 * the file: the import still counts as done and the rejected rows land as a failure dump in the error folder, where
 * someone can fix and re-drop them.
 */
public class ProductImportRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{demo.workDir}}/inbox/products?moveFailed=.failed").routeId("products-import")
                .log("Importing ${header.CamelFileName} into the Products list")
                .to("anaplan:import?action=Products from products.csv&dumpMode=FILE"
                        + "&dumpDirectory={{demo.workDir}}/errors")
                .log("${header.CamelFileName}: ${header.CamelAnaplanRowsSuccessful} rows imported,"
                        + " ${header.CamelAnaplanRowsFailed} rejected, dump: ${header.CamelAnaplanDumpFile}")
                .setBody(simple("Imported ${header.CamelFileName} into Products: "
                        + "${header.CamelAnaplanRowsSuccessful} rows, ${header.CamelAnaplanRowsFailed} rejected"))
                .to("bean:" + DemoSummary.BEAN_NAME + "?method=record");
    }
}
