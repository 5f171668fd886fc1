package io.github.camelanaplan.client.task;

import io.github.camelanaplan.client.error.AnaplanException;

/**
 * A task ended without success: completed with {@code successful: false} or was cancelled. The status, with its
 * result details and whether a failure dump exists, is available from {@link #status()}.
 */
public class AnaplanTaskFailedException extends AnaplanException {

    private static final long serialVersionUID = 1L;

    private final transient TaskStatus status;

    /**
     * @param message description
     * @param status  the final status
     */
    public AnaplanTaskFailedException(String message, TaskStatus status) {
        super(message);
        this.status = status;
    }

    /** @return the final status of the task */
    public TaskStatus status() {
        return status;
    }

    /** @return the task result, or {@code null} when the task had none */
    public TaskResult result() {
        return status == null ? null : status.result();
    }
}
