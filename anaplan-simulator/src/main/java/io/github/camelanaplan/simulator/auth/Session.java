package io.github.camelanaplan.simulator.auth;

import java.time.Instant;

/**
 * An issued token. Immutable: a refresh replaces the session with a later expiry and the same value,
 * which is what the live service does.
 *
 * @param origin how the token was obtained; OAuth access tokens cannot be refreshed through {@code /token/refresh}
 */
public record Session(String tokenId, String tokenValue, String userId, Instant expiresAt, String refreshTokenId,
                      Origin origin) {

    /** How a token came to be. */
    public enum Origin {
        BASIC,
        CERTIFICATE,
        OAUTH
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    Session withExpiry(Instant newExpiry) {
        return new Session(tokenId, tokenValue, userId, newExpiry, refreshTokenId, origin);
    }
}
