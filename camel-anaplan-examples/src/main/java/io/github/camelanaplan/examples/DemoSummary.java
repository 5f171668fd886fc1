package io.github.camelanaplan.examples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects one line per thing the routes did and prints them when the application stops, so a run ends with a
 * readable account instead of a scroll of log lines. Routes reach it as the bean {@value #BEAN_NAME}.
 */
public final class DemoSummary extends ServiceSupport {

    /** Registry name used by the routes. */
    public static final String BEAN_NAME = "demoSummary";

    private static final Logger LOG = LoggerFactory.getLogger(DemoSummary.class);

    private final DemoDsl dsl;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<String> finishedTasks = new CopyOnWriteArrayList<>();

    /** @param dsl the DSL the routes of this run are written in, named in the summary */
    public DemoSummary(DemoDsl dsl) {
        this.dsl = dsl;
    }

    /**
     * Records something a route did.
     *
     * @param event one line of text
     */
    public void record(String event) {
        events.add(event);
    }

    /**
     * Records a task the task-status consumer reported as finished.
     *
     * @param actionName the import, export, process or action that ran
     * @param taskId     the task
     * @param state      its final state
     */
    public void taskFinished(String actionName, String taskId, String state) {
        finishedTasks.add(actionName + " task " + taskId + " " + state);
    }

    /** @return what the routes did so far, in order */
    public List<String> events() {
        return List.copyOf(events);
    }

    /** @return the finished tasks the consumer saw so far, in order */
    public List<String> finishedTasks() {
        return List.copyOf(finishedTasks);
    }

    @Override
    protected void doStop() {
        StringBuilder text = new StringBuilder("Summary of the Anaplan example run (routes in ")
                .append(dsl.label()).append(" DSL):");
        events.forEach(event -> text.append(System.lineSeparator()).append("  - ").append(event));
        text.append(System.lineSeparator()).append("  Finished tasks seen by the task-status consumer: ")
                .append(finishedTasks.size());
        finishedTasks.forEach(task -> text.append(System.lineSeparator()).append("    * ").append(task));
        LOG.info("{}", text);
    }
}
