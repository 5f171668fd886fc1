package io.github.camelanaplan.simulator.faults;

import java.util.concurrent.TimeUnit;

/**
 * A token bucket on the monotonic clock: starts full, refills continuously, one token per request. Answers
 * how long to wait when empty, which becomes {@code Retry-After}.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(int capacity, int tokensPerMinute, long now) {
        this.capacity = capacity;
        this.tokensPerNano = tokensPerMinute / (double) TimeUnit.MINUTES.toNanos(1);
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** Takes a token and returns 0, or returns the nanoseconds until one will be available. */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }
}
