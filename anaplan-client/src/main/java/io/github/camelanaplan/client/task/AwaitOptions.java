package io.github.camelanaplan.client.task;

import io.github.camelanaplan.client.PollSchedule;

import java.time.Duration;
import java.util.Objects;

/**
 * How to wait for a task.
 *
 * @param timeout         longest time to wait
 * @param cancelOnTimeout whether to ask Anaplan to cancel the task when the wait times out
 * @param schedule        poll schedule, or {@code null} for the client's configured one
 */
public record AwaitOptions(Duration timeout, boolean cancelOnTimeout, PollSchedule schedule) {

    /**
     * Validates and normalises the components.
     *
     * @param timeout longest time to wait
     * @param cancelOnTimeout whether to ask Anaplan to cancel the task when the wait times out
     * @param schedule poll schedule, or {@code null} for the client's configured one
     */
    public AwaitOptions {
        Objects.requireNonNull(timeout, "await timeout is required");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("await timeout must be positive, was " + timeout);
        }
    }

    /**
     * @param timeout longest time to wait
     * @return options that leave the task running on timeout and use the configured schedule
     */
    public static AwaitOptions timeout(Duration timeout) {
        return new AwaitOptions(timeout, false, null);
    }

    /** @return the same options, cancelling the task on timeout */
    public AwaitOptions cancellingOnTimeout() {
        return new AwaitOptions(timeout, true, schedule);
    }

    /**
     * @param pollSchedule schedule to use
     * @return the same options with that schedule
     */
    public AwaitOptions withSchedule(PollSchedule pollSchedule) {
        return new AwaitOptions(timeout, cancelOnTimeout, pollSchedule);
    }
}
