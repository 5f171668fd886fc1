package io.github.camelanaplan.simulator.faults;

import java.util.concurrent.TimeUnit;

/**
 * A token bucket on the monotonic clock, starting full, one token per request. Kept as its exact integer
 * equivalent (the virtual-scheduling form of the generic cell rate algorithm): instead of a fractional token
 * count it tracks the instant at which the bucket would be full again, so refill never suffers rounding.
 * Answers how long to wait when empty, which becomes {@code Retry-After}.
 */
final class TokenBucket {

    /** Time for one token to drip back in. */
    private final long interval;
    /** How far ahead of now the full-again instant may run: room for {@code capacity - 1} more requests. */
    private final long tolerance;
    private long fullAgainAt;

    TokenBucket(int capacity, int tokensPerMinute, long now) {
        this.interval = TimeUnit.MINUTES.toNanos(1) / tokensPerMinute;
        this.tolerance = (capacity - 1L) * interval;
        this.fullAgainAt = now;
    }

    /** Takes a token and returns 0, or returns the nanoseconds until one will be available. */
    synchronized long take(long now) {
        long base = Math.max(fullAgainAt, now);
        long ahead = base - now;
        if (ahead > tolerance) {
            return ahead - tolerance;
        }
        fullAgainAt = base + interval;
        return 0;
    }
}
