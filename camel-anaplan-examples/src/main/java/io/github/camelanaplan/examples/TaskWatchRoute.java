package io.github.camelanaplan.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * Watches every import, export, process and action of the model and reports each task once when it ends, whoever
 * started it: this application, another integration or a user in the Anaplan UI.
 */
public class TaskWatchRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("anaplan:task-status?actions=*&delay=1000").routeId("task-watch")
                .log("Task finished: ${header.CamelAnaplanActionName} (${header.CamelAnaplanActionKind})"
                        + " task ${header.CamelAnaplanTaskId} ${header.CamelAnaplanTaskState}")
                .to("bean:" + DemoSummary.BEAN_NAME + "?method=taskFinished(${header.CamelAnaplanActionName},"
                        + " ${header.CamelAnaplanTaskId}, ${header.CamelAnaplanTaskState})");
    }
}
