package io.github.camelanaplan.client.auth;

import io.github.camelanaplan.client.error.AnaplanAuthenticationException;
import io.github.camelanaplan.client.error.AnaplanException;
import io.github.camelanaplan.client.http.AuthorizationHeader;
import io.github.camelanaplan.client.http.RequestAuthorizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps one token for all requests of a client.
 *
 * <ul>
 *   <li>The first request logs in (lazily).</li>
 *   <li>When less than 5 minutes (or a seventh of a short lifetime) remain, one request refreshes the token while
 *       the others keep using the still-valid one; a failed refresh falls back to a new login.</li>
 *   <li>After a 401, exactly one re-authentication happens however many requests saw it; a request whose 401
 *       answered an older token than the current one simply retries with the current one.</li>
 *   <li>{@link #close()} logs the token out.</li>
 * </ul>
 * Thread-safe.
 */
public final class TokenManager implements RequestAuthorizer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);
    private static final String SCHEME = "AnaplanAuthToken ";

    private final Authenticator authenticator;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Current current;
    private volatile boolean closed;
    private long generation;

    /**
     * @param authenticator logs in, refreshes and logs out
     * @param clock         clock for expiry decisions
     */
    public TokenManager(Authenticator authenticator, Clock clock) {
        this.authenticator = authenticator;
        this.clock = clock;
    }

    @Override
    public AuthorizationHeader current() {
        ensureOpen();
        Current seen = current;
        if (seen == null || seen.token().expired(clock.instant())) {
            return loginUnlessReplaced(seen).header();
        }
        if (seen.token().refreshDue(clock.instant())) {
            return refreshUnlessBusy(seen).header();
        }
        return seen.header();
    }

    @Override
    public AuthorizationHeader afterRejection(AuthorizationHeader rejected) {
        ensureOpen();
        lock.lock();
        try {
            Current now = current;
            if (now != null && rejected != null && now.header().generation() != rejected.generation()) {
                return now.header();
            }
            if (!authenticator.canReauthenticate() && now != null) {
                throw new AnaplanAuthenticationException("Anaplan rejected the static token (HTTP 401); it has "
                        + "expired or was revoked", null);
            }
            LOG.debug("re-authenticating after HTTP 401");
            return install(authenticator.authenticate()).header();
        } finally {
            lock.unlock();
        }
    }

    /** @return when the current token expires, or {@code null} if no token is held or its expiry is unknown */
    public java.time.Instant currentExpiry() {
        Current now = current;
        return now == null ? null : now.token().expiresAt();
    }

    private Current loginUnlessReplaced(Current seen) {
        lock.lock();
        try {
            Current now = current;
            if (now != seen && now != null && !now.token().expired(clock.instant())) {
                return now;
            }
            if (now != null && !authenticator.canReauthenticate()) {
                return now;
            }
            return install(authenticator.authenticate());
        } finally {
            lock.unlock();
        }
    }

    private Current refreshUnlessBusy(Current seen) {
        if (!lock.tryLock()) {
            // another thread is refreshing; the token in hand is still valid for a while
            return seen;
        }
        try {
            Current now = current;
            if (now != seen) {
                return now;
            }
            try {
                return install(authenticator.refresh(seen.token()));
            } catch (AnaplanAuthenticationException rejected) {
                LOG.debug("token refresh rejected; logging in again");
                return install(authenticator.authenticate());
            } catch (AnaplanException transientFailure) {
                if (seen.token().expired(clock.instant())) {
                    throw transientFailure;
                }
                LOG.warn("token refresh failed, keeping the current token until the next attempt: {}",
                        transientFailure.getMessage());
                return seen;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Must hold the lock. A refreshed token with an unchanged value keeps its generation. */
    private Current install(AuthToken token) {
        Current previous = current;
        long gen = previous != null && previous.token().value().equals(token.value())
                ? previous.header().generation() : ++generation;
        Current next = new Current(token, new AuthorizationHeader(SCHEME + token.value(), gen));
        current = next;
        return next;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the Anaplan client has been closed");
        }
    }

    /** Logs the token out (when the credentials kind supports it) and refuses further use. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            Current last = current;
            current = null;
            if (last != null && !last.token().expired(clock.instant())) {
                try {
                    authenticator.logout(last.token());
                } catch (RuntimeException e) {
                    LOG.debug("logout failed, the token will expire by itself: {}", e.getMessage());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private record Current(AuthToken token, AuthorizationHeader header) {
    }
}
