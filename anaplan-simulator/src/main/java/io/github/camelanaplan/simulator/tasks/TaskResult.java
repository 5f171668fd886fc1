package io.github.camelanaplan.simulator.tasks;

import java.util.List;

/**
 * The {@code result} of a finished task, or one entry of a process's {@code nestedResults}.
 *
 * @param nestedResults null except for processes (one result per contained action, in run order)
 */
public record TaskResult(boolean successful, boolean failureDumpAvailable, String objectId, String objectName,
                         List<TaskDetail> details, List<TaskResult> nestedResults) {

    public TaskResult {
        details = List.copyOf(details);
        nestedResults = nestedResults == null ? null : List.copyOf(nestedResults);
    }

    /** A failed action: no data changed, the reason in a single detail. */
    public static TaskResult failure(String objectId, String objectName, String message) {
        return new TaskResult(false, false, objectId, objectName,
                List.of(TaskDetail.message("serverAlert", message)), null);
    }
}
