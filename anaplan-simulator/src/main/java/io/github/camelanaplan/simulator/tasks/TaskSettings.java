package io.github.camelanaplan.simulator.tasks;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing and busy-model behaviour of the task engine. A task (each action of a process) takes
 * {@code baseDuration + rows / rowsPerSecond}, so large imports take visibly longer, like the real service.
 *
 * @param baseDuration  fixed part of every action's run time
 * @param rowsPerSecond simulated throughput; rows beyond it add run time
 * @param busyWait      how long a request to a busy model waits for it under {@link BusyPolicy#WAIT}
 * @param busyPolicy    wait (bounded) or reject at once
 */
public record TaskSettings(Duration baseDuration, long rowsPerSecond, Duration busyWait, BusyPolicy busyPolicy) {

    public static final long DEFAULT_ROWS_PER_SECOND = 200_000;
    public static final Duration DEFAULT_BUSY_WAIT = Duration.ofSeconds(2);

    public TaskSettings {
        Objects.requireNonNull(baseDuration, "baseDuration");
        Objects.requireNonNull(busyWait, "busyWait");
        Objects.requireNonNull(busyPolicy, "busyPolicy");
        if (baseDuration.isNegative() || busyWait.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        if (rowsPerSecond <= 0) {
            throw new IllegalArgumentException("rowsPerSecond must be positive");
        }
    }

    /** Defaults around a base duration (the simulator config's {@code taskDuration}). */
    public static TaskSettings defaults(Duration baseDuration) {
        return new TaskSettings(baseDuration, DEFAULT_ROWS_PER_SECOND, DEFAULT_BUSY_WAIT, BusyPolicy.WAIT);
    }

    /** Simulated run time of one action that processed {@code rows} rows. */
    public Duration durationFor(long rows) {
        return baseDuration.plusNanos(Math.max(0, rows) * 1_000_000_000L / rowsPerSecond);
    }

    public TaskSettings withBaseDuration(Duration value) {
        return new TaskSettings(value, rowsPerSecond, busyWait, busyPolicy);
    }

    public TaskSettings withRowsPerSecond(long value) {
        return new TaskSettings(baseDuration, value, busyWait, busyPolicy);
    }

    public TaskSettings withBusyWait(Duration value) {
        return new TaskSettings(baseDuration, rowsPerSecond, value, busyPolicy);
    }

    public TaskSettings withBusyPolicy(BusyPolicy value) {
        return new TaskSettings(baseDuration, rowsPerSecond, busyWait, value);
    }
}
