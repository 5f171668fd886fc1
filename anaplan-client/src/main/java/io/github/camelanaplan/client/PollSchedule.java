package io.github.camelanaplan.client;

import java.time.Duration;

/**
 * When to poll a running task: the first poll after {@code initialDelay}, each following wait {@code growthFactor}
 * times longer, never longer than {@code maxDelay}. Short tasks are thus seen finishing quickly while long ones cost
 * few requests (Anaplan asks for no more than one poll every few seconds on long runs).
 *
 * @param initialDelay wait before the first poll
 * @param growthFactor growth of the wait between polls, 1.0..10.0
 * @param maxDelay     longest wait between polls
 */
public record PollSchedule(Duration initialDelay, double growthFactor, Duration maxDelay) {

    /**
     * Defaults: 250 ms, growing by 1.5 to at most 30 s. The task poller polls sooner when a task's progress predicts
     * its end, so the long maximum costs little delay; with the earlier 5 s maximum a 5-minute task took about 65
     * status requests, with 30 s about 20 (see docs/benchmarks.md).
     */
    public static final PollSchedule DEFAULT = new PollSchedule(Duration.ofMillis(250), 1.5, Duration.ofSeconds(30));

    /**
     * Validates and normalises the components.
     *
     * @param initialDelay wait before the first poll
     * @param growthFactor growth of the wait between polls, 1.0..10.0
     * @param maxDelay longest wait between polls
     */
    public PollSchedule {
        ConfigValidation.positive("poll.initialDelay", initialDelay);
        ConfigValidation.inRange("poll.growthFactor", growthFactor, 1.0, 10.0);
        ConfigValidation.positive("poll.maxDelay", maxDelay);
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("poll.maxDelay must be at least poll.initialDelay (" + initialDelay
                    + "), was " + maxDelay);
        }
    }

    /**
     * @param pollNumber 0 for the wait before the first poll, 1 before the second, ...
     * @return the wait before that poll
     */
    public Duration delayBefore(int pollNumber) {
        double millis = initialDelay.toMillis() * Math.pow(growthFactor, Math.max(0, pollNumber));
        return Duration.ofMillis(Math.round(Math.min(millis, maxDelay.toMillis())));
    }
}
