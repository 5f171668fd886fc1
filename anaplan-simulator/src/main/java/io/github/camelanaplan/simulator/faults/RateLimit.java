package io.github.camelanaplan.simulator.faults;

import java.util.Objects;

/**
 * A requests-per-minute limit on {@code /2/0/**}, enforced with token buckets: a bucket holds up to
 * {@code burst} requests and refills at {@code requestsPerMinute / 60} per second. Requests beyond it get 429
 * with the error envelope and {@code Retry-After}.
 *
 * @param requestsPerMinute the sustained rate; 0 switches the limit off
 * @param burst             how many requests may arrive at once after a quiet spell; 0 means
 *                          {@code requestsPerMinute}
 * @param scope             one bucket for the tenant or one per user
 */
public record RateLimit(int requestsPerMinute, int burst, Scope scope) {

    /** Who shares a bucket. */
    public enum Scope {
        /** Every request of the tenant. */
        TENANT,
        /** Each user's requests, identified by their token; requests without a valid token share one bucket. */
        USER
    }

    public static final RateLimit OFF = new RateLimit(0, 0, Scope.TENANT);

    public RateLimit {
        Objects.requireNonNull(scope, "scope");
        if (requestsPerMinute < 0 || burst < 0) {
            throw new IllegalArgumentException("rate limit values must not be negative");
        }
        if (burst == 0) {
            burst = requestsPerMinute;
        }
    }

    public static RateLimit perTenant(int requestsPerMinute) {
        return new RateLimit(requestsPerMinute, 0, Scope.TENANT);
    }

    public static RateLimit perUser(int requestsPerMinute) {
        return new RateLimit(requestsPerMinute, 0, Scope.USER);
    }

    public RateLimit withBurst(int value) {
        return new RateLimit(requestsPerMinute, value, scope);
    }

    public boolean enabled() {
        return requestsPerMinute > 0;
    }
}
