package io.github.camelanaplan.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * Reads the actual revenue page of the "Revenue by Region" view as JSON, the shape a dashboard or another service
 * would pick up, and writes it to the outbox.
 */
public class RevenueViewRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:revenue-view?repeatCount=1&delay={{demo.exportDelay}}").routeId("revenue-view")
                .to("anaplan:view-read?view=Sales.Revenue by Region&pageSelectors=Versions:Actual&outputFormat=json")
                .to("file:{{demo.workDir}}/outbox?fileName=revenue-by-region.json")
                .log("Revenue by Region (actuals) written to ${header.CamelFileNameProduced}")
                .setBody(simple("Read view Sales.Revenue by Region into ${header.CamelFileNameProduced}"))
                .to("bean:" + DemoSummary.BEAN_NAME + "?method=record");
    }
}
