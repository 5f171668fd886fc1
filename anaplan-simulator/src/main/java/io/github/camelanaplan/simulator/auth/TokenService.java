package io.github.camelanaplan.simulator.auth;

import io.github.camelanaplan.simulator.state.User;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues, refreshes, validates and revokes tokens. Published as a service so tests and the faults module
 * can expire or revoke tokens on demand.
 */
public final class TokenService {

    private final Map<String, Session> byValue = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random;

    public TokenService(Clock clock, Duration lifetime, SecureRandom random) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.random = random;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public Session issue(User user, Session.Origin origin) {
        Session session = new Session(UUID.randomUUID().toString(), newTokenValue(), user.id(),
                clock.instant().plus(lifetime), UUID.randomUUID().toString(), origin);
        byValue.put(session.tokenValue(), session);
        return session;
    }

    /** The live session for a token value; empty when unknown, expired or revoked. */
    public Optional<Session> validate(String tokenValue) {
        if (tokenValue == null) {
            return Optional.empty();
        }
        Session session = byValue.get(tokenValue);
        if (session == null) {
            return Optional.empty();
        }
        if (session.expiredAt(clock.instant())) {
            byValue.remove(tokenValue, session);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** Pushes the expiry out by a full lifetime; the token value stays the same. */
    public Optional<Session> refresh(String tokenValue) {
        return validate(tokenValue).map(session -> {
            Session refreshed = session.withExpiry(clock.instant().plus(lifetime));
            byValue.put(tokenValue, refreshed);
            return refreshed;
        });
    }

    /** Logout: the token stops working at once. */
    public boolean revoke(String tokenValue) {
        return tokenValue != null && byValue.remove(tokenValue) != null;
    }

    /** Revokes every token of one user. */
    public void revokeUser(String userId) {
        byValue.values().removeIf(session -> session.userId().equals(userId));
    }

    /** Revokes every token; clients must log in again (simulates a tenant-wide session reset). */
    public void revokeAll() {
        byValue.clear();
    }

    /** Makes a token expire now without removing it, for tests of client re-authentication. */
    public void expire(String tokenValue) {
        byValue.computeIfPresent(tokenValue, (value, session) -> session.withExpiry(clock.instant()));
    }

    private String newTokenValue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
