package io.github.camelanaplan.simulator.tasks;

/** The task states of the Integration API; COMPLETE covers success and failure alike. */
public enum TaskState {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETE,
    CANCELLING,
    CANCELLED;

    public boolean terminal() {
        return this == COMPLETE || this == CANCELLED;
    }
}
