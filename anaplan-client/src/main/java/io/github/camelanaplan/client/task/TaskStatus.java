package io.github.camelanaplan.client.task;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Status of a task as Anaplan reports it. Also used for the entries of a task list, which carry only id, state and
 * creation time.
 *
 * @param taskId       32 upper-case hex characters
 * @param taskState    state
 * @param progress     0.0 .. 1.0, when reported
 * @param currentStep  e.g. {@code Complete.}, when reported
 * @param creationTime epoch milliseconds, when reported
 * @param result       present once the task is terminal
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskStatus(String taskId, TaskState taskState, Double progress, String currentStep, Long creationTime,
                         TaskResult result) {

    /**
     * Validates and normalises the components.
     *
     * @param taskId 32 upper-case hex characters
     * @param taskState state
     * @param progress 0.0 .. 1.0, when reported
     * @param currentStep e.g. {@code Complete.}, when reported
     * @param creationTime epoch milliseconds, when reported
     * @param result present once the task is terminal
     */
    public TaskStatus {
        taskState = taskState == null ? TaskState.UNKNOWN : taskState;
    }

    /** @return whether the task has finished (COMPLETE or CANCELLED) */
    public boolean isTerminal() {
        return taskState.isTerminal();
    }

    /** @return whether the task completed and its result says it succeeded */
    public boolean isSuccessful() {
        return taskState == TaskState.COMPLETE && result != null && result.isSuccessful();
    }

    /**
     * @return this status when the task succeeded
     * @throws AnaplanTaskFailedException when it was cancelled or completed unsuccessfully
     */
    public TaskStatus requireSuccessful() {
        if (isSuccessful()) {
            return this;
        }
        String why = taskState == TaskState.CANCELLED ? "was cancelled"
                : taskState == TaskState.COMPLETE ? "completed unsuccessfully" : "is " + taskState;
        StringBuilder message = new StringBuilder("task ").append(taskId).append(' ').append(why);
        if (result != null) {
            message.append(" (object ").append(result.objectId());
            if (result.rowsFailed() > 0) {
                message.append(", ").append(result.rowsFailed()).append(" rows failed");
            }
            if (result.hasFailureDump()) {
                message.append(", failure dump available");
            }
            message.append(')');
        }
        throw new AnaplanTaskFailedException(message.toString(), this);
    }
}
