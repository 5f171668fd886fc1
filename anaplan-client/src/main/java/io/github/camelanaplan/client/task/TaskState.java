package io.github.camelanaplan.client.task;

import com.fasterxml.jackson.annotation.JsonCreator;

/** State of an Anaplan task. Unknown values map to {@link #UNKNOWN} so a new server state does not break parsing. */
public enum TaskState {
    /** Queued. */
    NOT_STARTED,
    /** Running. */
    IN_PROGRESS,
    /** Finished, successfully or not: see the result. */
    COMPLETE,
    /** Cancellation requested, rolling back. */
    CANCELLING,
    /** Cancelled and rolled back. */
    CANCELLED,
    /** A state this client does not know. */
    UNKNOWN;

    /**
     * @param value state text from the server
     * @return the state, {@link #UNKNOWN} for anything unrecognised
     */
    @JsonCreator
    public static TaskState fromJson(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (TaskState state : values()) {
            if (state.name().equalsIgnoreCase(value.trim())) {
                return state;
            }
        }
        return UNKNOWN;
    }

    /** @return whether the task will not change any more */
    public boolean isTerminal() {
        return this == COMPLETE || this == CANCELLED;
    }
}
