package io.github.camelanaplan.client;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How the client retries transient failures (HTTP 429, 5xx, connection failures) and waits for a busy model
 * (HTTP 409/423).
 *
 * <p>The n-th retry waits {@code initialDelay * multiplier^(n-1)}, capped at {@code maxDelay}, then spread by
 * {@code ±jitter} (a fraction, 0.2 = ±20 %) so many clients do not retry in lock step. A {@code Retry-After} header,
 * when honoured, replaces the computed delay but is capped at {@code retryAfterCap}. Transient failures are retried
 * until {@code maxAttempts} requests have been made; a busy model is waited for regardless of attempts. Both stop
 * when the next wait would end after {@code totalBudget} counted from the first attempt.
 *
 * @param maxAttempts     total number of requests for one call (1 = no retry), 1..100
 * @param initialDelay    delay before the first retry
 * @param multiplier      growth factor of the delay, 1.0..10.0
 * @param maxDelay        cap of a computed delay
 * @param jitter          random spread as a fraction of the delay, 0.0..1.0
 * @param totalBudget     overall time one call may spend retrying
 * @param honourRetryAfter whether a {@code Retry-After} header (seconds or HTTP-date) replaces the computed delay
 * @param retryAfterCap   longest {@code Retry-After} wait accepted
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay, double jitter,
                          Duration totalBudget, boolean honourRetryAfter, Duration retryAfterCap) {

    /** Defaults: 5 attempts, 500 ms doubling to 30 s, ±20 % jitter, 5 min budget, Retry-After honoured up to 120 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(500), 2.0, Duration.ofSeconds(30),
            0.2, Duration.ofMinutes(5), true, Duration.ofSeconds(120));

    /** A single attempt, no retry. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ofMillis(1), 1.0, Duration.ofMillis(1), 0.0,
            Duration.ofMillis(1), false, Duration.ofMillis(1));

    /**
     * Validates and normalises the components.
     *
     * @param maxAttempts total number of requests for one call (1 = no retry), 1..100
     * @param initialDelay delay before the first retry
     * @param multiplier growth factor of the delay, 1.0..10.0
     * @param maxDelay cap of a computed delay
     * @param jitter random spread as a fraction of the delay, 0.0..1.0
     * @param totalBudget overall time one call may spend retrying
     * @param honourRetryAfter whether a {@code Retry-After} header (seconds or HTTP-date) replaces the computed delay
     * @param retryAfterCap longest {@code Retry-After} wait accepted
     */
    public RetryPolicy {
        ConfigValidation.inRange("retry.maxAttempts", maxAttempts, 1, 100);
        ConfigValidation.positive("retry.initialDelay", initialDelay);
        ConfigValidation.inRange("retry.multiplier", multiplier, 1.0, 10.0);
        ConfigValidation.positive("retry.maxDelay", maxDelay);
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("retry.maxDelay must be at least retry.initialDelay (" + initialDelay
                    + "), was " + maxDelay);
        }
        ConfigValidation.inRange("retry.jitter", jitter, 0.0, 1.0);
        ConfigValidation.positive("retry.totalBudget", totalBudget);
        ConfigValidation.positive("retry.retryAfterCap", retryAfterCap);
    }

    /** @return a builder starting from {@link #DEFAULT} */
    public static Builder builder() {
        return new Builder(DEFAULT);
    }

    /** @return a builder starting from this policy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Computes the wait before retry number {@code retry} (1 for the first retry).
     *
     * @param retry  1-based retry number
     * @param random source of uniformly distributed values in [0, 1)
     * @return the delay, jitter applied, never negative
     */
    public Duration backoff(int retry, DoubleSupplier random) {
        double base = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
        double capped = Math.min(base, maxDelay.toMillis());
        double spread = capped * jitter * (random.getAsDouble() * 2.0 - 1.0);
        return Duration.ofMillis(Math.max(0L, Math.round(capped + spread)));
    }

    /** Builder of {@link RetryPolicy}; validation happens in {@link #build()}. */
    public static final class Builder {
        private int maxAttempts;
        private Duration initialDelay;
        private double multiplier;
        private Duration maxDelay;
        private double jitter;
        private Duration totalBudget;
        private boolean honourRetryAfter;
        private Duration retryAfterCap;

        private Builder(RetryPolicy from) {
            maxAttempts = from.maxAttempts;
            initialDelay = from.initialDelay;
            multiplier = from.multiplier;
            maxDelay = from.maxDelay;
            jitter = from.jitter;
            totalBudget = from.totalBudget;
            honourRetryAfter = from.honourRetryAfter;
            retryAfterCap = from.retryAfterCap;
        }

        /**
         * @param value total requests per call, 1..100
         * @return this
         */
        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        /**
         * @param value delay before the first retry
         * @return this
         */
        public Builder initialDelay(Duration value) {
            initialDelay = value;
            return this;
        }

        /**
         * @param value delay growth factor, 1.0..10.0
         * @return this
         */
        public Builder multiplier(double value) {
            multiplier = value;
            return this;
        }

        /**
         * @param value cap of a computed delay
         * @return this
         */
        public Builder maxDelay(Duration value) {
            maxDelay = value;
            return this;
        }

        /**
         * @param value random spread as a fraction, 0.0..1.0
         * @return this
         */
        public Builder jitter(double value) {
            jitter = value;
            return this;
        }

        /**
         * @param value overall time one call may spend retrying
         * @return this
         */
        public Builder totalBudget(Duration value) {
            totalBudget = value;
            return this;
        }

        /**
         * @param value whether to honour {@code Retry-After}
         * @return this
         */
        public Builder honourRetryAfter(boolean value) {
            honourRetryAfter = value;
            return this;
        }

        /**
         * @param value longest accepted {@code Retry-After}
         * @return this
         */
        public Builder retryAfterCap(Duration value) {
            retryAfterCap = value;
            return this;
        }

        /** @return the validated policy */
        public RetryPolicy build() {
            return new RetryPolicy(maxAttempts, initialDelay, multiplier, maxDelay, jitter, totalBudget,
                    honourRetryAfter, retryAfterCap);
        }
    }
}
