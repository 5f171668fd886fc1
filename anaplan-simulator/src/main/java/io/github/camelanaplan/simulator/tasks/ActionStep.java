package io.github.camelanaplan.simulator.tasks;

import java.io.IOException;

/** The work of one action inside a task: a task runs one step, a process one per contained action. */
interface ActionStep {

    String objectId();

    String objectName();

    /**
     * Reads, validates and stages the action's effects without making them visible.
     *
     * @throws ActionFailedException when the action cannot run
     * @throws TaskCancelledException when the task was cancelled meanwhile
     */
    PreparedAction prepare(StepContext context) throws ActionFailedException, IOException;
}
