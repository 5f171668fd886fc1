package io.github.camelanaplan.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * Exports the Sales module once into the outbox. The export goes straight to a file with {@code outputPath}, so
 * however large it is, it never sits in memory. The timer waits {@code demo.exportDelay} so the imports from the
 * inbox have landed and show up in the export.
 */
public class SalesExportRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:sales-export?repeatCount=1&delay={{demo.exportDelay}}").routeId("sales-export")
                .to("anaplan:export?action=Sales export&outputPath={{demo.workDir}}/outbox/sales-export.csv")
                .log("Sales export written to ${body.path} (${header.CamelAnaplanBytesTransferred} bytes)")
                .setBody(simple("Exported Sales to ${body.path}"))
                .to("bean:" + DemoSummary.BEAN_NAME + "?method=record");
    }
}
