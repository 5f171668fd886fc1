package io.github.camelanaplan.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * Sales CSV files are imported into the Sales module as actuals: the import asks for the version as a mapping
 * parameter because the file has no version column.
 */
public class SalesImportRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{demo.workDir}}/inbox/sales?moveFailed=.failed").routeId("sales-import")
                .to("anaplan:import?action=Sales from sales.csv&mappingParameters=Versions=Actual")
                .log("${header.CamelFileName}: ${header.CamelAnaplanRowsSuccessful} sales rows imported,"
                        + " ${header.CamelAnaplanRowsFailed} rejected")
                .setBody(simple("Imported ${header.CamelFileName} into Sales: "
                        + "${header.CamelAnaplanRowsSuccessful} rows"))
                .to("bean:" + DemoSummary.BEAN_NAME + "?method=record");
    }
}
