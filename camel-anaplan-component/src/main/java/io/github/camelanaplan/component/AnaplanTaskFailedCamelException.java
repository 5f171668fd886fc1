package io.github.camelanaplan.component;

import io.github.camelanaplan.client.task.TaskResult;
import io.github.camelanaplan.client.task.TaskStatus;
import org.apache.camel.CamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * An Anaplan task ended unsuccessfully or was cancelled ({@code failOnTaskFailure}), or an import rejected rows
 * ({@code failOnRowFailures}). Carries the task's final status, so error handlers can read the result details,
 * the row counts and whether a failure dump exists:
 *
 * <pre>{@code
 * onException(AnaplanTaskFailedCamelException.class).process(e -> {
 *     TaskStatus status = e.getProperty(Exchange.EXCEPTION_CAUGHT, AnaplanTaskFailedCamelException.class).getTaskStatus();
 * });
 * }</pre>
 *
 * The HTTP response code is the one of the status request that reported the end: Anaplan answered (200), the task
 * itself failed. The message headers ({@code CamelAnaplanTaskResult}, dumps, ...) are set as well.
 */
public class AnaplanTaskFailedCamelException extends CamelException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private final transient TaskStatus taskStatus;
    private final String actionId;
    private final String actionName;
    private int httpResponseCode = 200;
    private String httpResponseStatus = "OK";

    public AnaplanTaskFailedCamelException(String message, TaskStatus taskStatus, String actionId, String actionName) {
        super(message);
        this.taskStatus = taskStatus;
        this.actionId = actionId;
        this.actionName = actionName;
    }

    /** The final status of the task. */
    public TaskStatus getTaskStatus() {
        return taskStatus;
    }

    /** The task's result (details, row counts, nested results of a process), or null when it has none. */
    public TaskResult getTaskResult() {
        return taskStatus == null ? null : taskStatus.result();
    }

    public String getTaskId() {
        return taskStatus == null ? null : taskStatus.taskId();
    }

    /** Id of the import, export, process or action that ran. */
    public String getActionId() {
        return actionId;
    }

    /** Name of the import, export, process or action that ran (its id when it was given as an id). */
    public String getActionName() {
        return actionName;
    }

    @Override
    public int getHttpResponseCode() {
        return httpResponseCode;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpResponseCode = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return httpResponseStatus;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.httpResponseStatus = status;
    }
}
