package io.github.camelanaplan.simulator.tasks;

/** What a blocked request does while its model runs a task. */
public enum BusyPolicy {
    /** Wait up to {@link TaskSettings#busyWait()} for the model to become free, then answer 409. */
    WAIT,
    /** Answer 409 at once. */
    REJECT
}
