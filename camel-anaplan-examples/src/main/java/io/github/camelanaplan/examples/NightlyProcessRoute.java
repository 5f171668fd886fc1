package io.github.camelanaplan.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * Runs the Nightly Load process once, a stand-in for a nightly cron trigger, and logs what each of its actions did.
 * The file has no version column, so the process's import gets the version as a mapping parameter.
 */
public class NightlyProcessRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:nightly-load?repeatCount=1&delay={{demo.processDelay}}").routeId("nightly-load")
                .to("anaplan:process?action=Nightly Load&mappingParameters=Versions=Actual")
                .bean(ProcessReport.class, "describe")
                .setBody(simple("Nightly Load ${body}"))
                .log("${body}")
                .to("bean:" + DemoSummary.BEAN_NAME + "?method=record");
    }
}
