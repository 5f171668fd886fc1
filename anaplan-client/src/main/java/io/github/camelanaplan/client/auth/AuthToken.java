package io.github.camelanaplan.client.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * A token for the Integration API.
 *
 * @param value      token value; never shown by {@link #toString()}
 * @param expiresAt  when the server said it expires, or {@code null} when unknown
 * @param obtainedAt when this client received it
 */
public record AuthToken(String value, Instant expiresAt, Instant obtainedAt) {

    private static final Duration MAX_REFRESH_WINDOW = Duration.ofMinutes(5);
    private static final Duration MAX_EXPIRY_MARGIN = Duration.ofSeconds(10);

    /** @return lifetime from receipt to expiry, or {@code null} when the expiry is unknown */
    public Duration lifetime() {
        return expiresAt == null ? null : Duration.between(obtainedAt, expiresAt);
    }

    /**
     * A token is refreshed when less than 5 minutes, or less than a seventh of its lifetime, remain — whichever is
     * smaller, so that short-lived test tokens are not refreshed on every call.
     *
     * @param now current time
     * @return whether a refresh is due
     */
    public boolean refreshDue(Instant now) {
        if (expiresAt == null) {
            return false;
        }
        Duration lifetime = lifetime();
        Duration window = min(MAX_REFRESH_WINDOW, lifetime.dividedBy(7));
        return !now.isBefore(expiresAt.minus(window));
    }

    /**
     * Considered expired slightly early (10 s, or a tenth of a short lifetime) so a request does not leave with a
     * token that dies on the way.
     *
     * @param now current time
     * @return whether the token must not be used any more
     */
    public boolean expired(Instant now) {
        if (expiresAt == null) {
            return false;
        }
        Duration margin = min(MAX_EXPIRY_MARGIN, lifetime().dividedBy(10));
        return !now.isBefore(expiresAt.minus(margin));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public String toString() {
        return "AuthToken[value=***, expiresAt=" + expiresAt + ", obtainedAt=" + obtainedAt + "]";
    }
}
