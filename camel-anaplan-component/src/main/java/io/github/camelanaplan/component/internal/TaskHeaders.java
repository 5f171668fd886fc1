package io.github.camelanaplan.component.internal;

import java.util.ArrayList;
import java.util.List;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.task.TaskResult;
import io.github.camelanaplan.client.task.TaskState;
import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import io.github.camelanaplan.component.AnaplanTaskFailedCamelException;
import org.apache.camel.Message;

/**
 * Writes a task's outcome onto the message, the same way for every task operation: the status and its facts in
 * headers, the {@link TaskStatus} as the body (an export puts its output there instead), and decides whether the
 * outcome fails the exchange.
 */
public final class TaskHeaders {

    private TaskHeaders() {
    }

    public static void writeModel(Message message, ModelClient model) {
        message.setHeader(AnaplanConstants.WORKSPACE_ID, model.workspaceId());
        message.setHeader(AnaplanConstants.MODEL_ID, model.modelId());
    }

    /** Headers describing a status; the body is left alone. */
    public static void writeStatus(Message message, TaskStatus status) {
        message.setHeader(AnaplanConstants.TASK_ID, status.taskId());
        message.setHeader(AnaplanConstants.TASK_STATE, status.taskState().name());
        message.setHeader(AnaplanConstants.TASK_PROGRESS, status.progress());
        message.setHeader(AnaplanConstants.TASK_RESULT, status);
        TaskResult result = status.result();
        if (result != null) {
            message.setHeader(AnaplanConstants.TASK_SUCCESSFUL, status.isSuccessful());
            message.setHeader(AnaplanConstants.ROWS_PROCESSED, result.rowsProcessed());
            message.setHeader(AnaplanConstants.ROWS_SUCCESSFUL, result.rowsSucceeded());
            message.setHeader(AnaplanConstants.ROWS_FAILED, result.rowsFailed());
            message.setHeader(AnaplanConstants.ROWS_IGNORED, result.rowsIgnored());
            message.setHeader(AnaplanConstants.DUMP_AVAILABLE, hasAnyDump(result));
        }
    }

    public static void writeDumps(Message message, Dumps dumps) {
        if (dumps.stream() != null) {
            message.setHeader(AnaplanConstants.DUMP, dumps.stream());
        }
        if (dumps.file() != null) {
            message.setHeader(AnaplanConstants.DUMP_FILE, dumps.file());
        }
        if (!dumps.streams().isEmpty()) {
            message.setHeader(AnaplanConstants.DUMPS, dumps.streams());
        }
        if (!dumps.files().isEmpty()) {
            message.setHeader(AnaplanConstants.DUMP_FILES, dumps.files());
        }
    }

    /** Everything about a task run; the body becomes the status, or the payload when there is one. */
    public static void writeOutcome(Message message, ModelClient model, TaskOutcome outcome) {
        writeModel(message, model);
        message.setHeader(AnaplanConstants.ACTION_ID, outcome.handle().objectId());
        writeStatus(message, outcome.status());
        writeDumps(message, outcome.dumps());
        message.setHeader(AnaplanConstants.POLL_COUNT, outcome.polls());
        message.setHeader(AnaplanConstants.TASK_DURATION, outcome.durationMillis());
        if (outcome.bytesUploaded() >= 0) {
            message.setHeader(AnaplanConstants.BYTES_TRANSFERRED, outcome.bytesUploaded());
        } else if (outcome.payloadBytes() >= 0) {
            message.setHeader(AnaplanConstants.BYTES_TRANSFERRED, outcome.payloadBytes());
        }
        message.setBody(outcome.payload() != null ? outcome.payload() : outcome.status());
    }

    /**
     * The failure this outcome stands for under the endpoint's options, or null. Only a finished task can fail:
     * one not waited for is still running.
     */
    public static AnaplanTaskFailedCamelException failureOf(TaskOutcome outcome, AnaplanConfiguration configuration) {
        TaskStatus status = outcome.status();
        if (!outcome.waited() || !status.isTerminal()) {
            return null;
        }
        String what = "Anaplan " + TaskRunner.label(outcome.handle().kind()) + " '" + outcome.actionName() + "' ("
                      + outcome.handle().objectId() + ") task " + status.taskId();
        TaskResult result = status.result();
        if (configuration.isFailOnTaskFailure() && !status.isSuccessful()) {
            String why = status.taskState() == TaskState.CANCELLED ? " was cancelled" : " completed unsuccessfully";
            return new AnaplanTaskFailedCamelException(what + why + facts(result), status, outcome.handle().objectId(),
                    outcome.actionName());
        }
        if (configuration.isFailOnRowFailures() && result != null && result.rowsFailed() > 0) {
            return new AnaplanTaskFailedCamelException(what + " rejected rows" + facts(result), status,
                    outcome.handle().objectId(), outcome.actionName());
        }
        return null;
    }

    private static String facts(TaskResult result) {
        if (result == null) {
            return "";
        }
        List<String> facts = new ArrayList<>();
        // exports and cancelled tasks process no rows: "0 of 0 rows failed" would only mislead
        if (result.rowsProcessed() > 0 || result.rowsFailed() > 0) {
            facts.add(result.rowsFailed() + " of " + result.rowsProcessed() + " rows failed");
        }
        for (TaskResult nested : result.nestedResults()) {
            if (!nested.isSuccessful()) {
                facts.add("action " + (nested.objectName() != null ? nested.objectName() : nested.objectId()) + " failed");
            }
        }
        if (hasAnyDump(result)) {
            facts.add("failure dump available");
        }
        return facts.isEmpty() ? "" : ": " + String.join(", ", facts);
    }

    static boolean hasAnyDump(TaskResult result) {
        if (result.hasFailureDump()) {
            return true;
        }
        for (TaskResult nested : result.nestedResults()) {
            if (nested.hasFailureDump()) {
                return true;
            }
        }
        return false;
    }
}
