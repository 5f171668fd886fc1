package io.github.camelanaplan.examples;

import io.github.camelanaplan.client.task.ActionKind;
import io.github.camelanaplan.client.task.TaskResult;
import io.github.camelanaplan.client.task.TaskStatus;

/**
 * Describes a finished process step by step: a process is only as useful as the account of its actions. Called as
 * a bean by the nightly-load route in every DSL.
 */
public class ProcessReport {

    /**
     * @param status the process task's final status, the body {@code anaplan:process} returns
     * @return e.g. {@code COMPLETE; Products from products.csv succeeded (4 rows ok, 0 rejected); ...}
     */
    public String describe(TaskStatus status) {
        StringBuilder text = new StringBuilder().append(status.taskState());
        if (status.result() != null) {
            for (TaskResult step : status.result().nestedResults()) {
                text.append("; ").append(step.objectName() != null ? step.objectName() : step.objectId())
                        .append(step.isSuccessful() ? " succeeded" : " FAILED");
                if (isImport(step)) {
                    text.append(" (").append(step.rowsSucceeded()).append(" rows ok, ")
                            .append(step.rowsFailed()).append(" rejected)");
                }
            }
        }
        return text.toString();
    }

    /** Only imports have rows to count. */
    private static boolean isImport(TaskResult step) {
        return ActionKind.looksLikeActionId(step.objectId()) && ActionKind.fromId(step.objectId()) == ActionKind.IMPORT;
    }
}
