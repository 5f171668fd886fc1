package io.github.camelanaplan.examples;

import io.github.camelanaplan.client.task.TaskResult;
import io.github.camelanaplan.client.task.TaskStatus;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Runs the Nightly Load process once, a stand-in for a nightly cron trigger, and logs what each of its actions did:
 * a process is only as useful as the account of its steps.
 */
public class NightlyProcessRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:nightly-load?repeatCount=1&delay={{demo.processDelay}}").routeId("nightly-load")
                .to("anaplan:process?action=Nightly Load&mappingParameters=Versions=Actual")
                .process(NightlyProcessRoute::describe)
                .log("${body}")
                .to("bean:" + DemoSummary.BEAN_NAME + "?method=record");
    }

    private static void describe(Exchange exchange) {
        TaskStatus status = exchange.getMessage().getBody(TaskStatus.class);
        StringBuilder text = new StringBuilder("Nightly Load ").append(status.taskState());
        for (TaskResult step : status.result().nestedResults()) {
            text.append("; ").append(step.objectName() != null ? step.objectName() : step.objectId())
                    .append(step.isSuccessful() ? " succeeded" : " FAILED")
                    .append(" (").append(step.rowsSucceeded()).append(" rows ok, ")
                    .append(step.rowsFailed()).append(" rejected)");
        }
        exchange.getMessage().setBody(text.toString());
    }
}
