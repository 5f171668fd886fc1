package io.github.camelanaplan.client.auth;

/**
 * Obtains, refreshes and discards tokens for one kind of credentials. Implementations are called by
 * {@link TokenManager} under its lock, never concurrently.
 */
public interface Authenticator {

    /**
     * Logs in from scratch.
     *
     * @return a fresh token
     * @throws io.github.camelanaplan.client.error.AnaplanAuthenticationException when the credentials are rejected
     */
    AuthToken authenticate();

    /**
     * Extends or replaces a token that is still valid.
     *
     * @param token the current token
     * @return the refreshed token (may have the same value and a later expiry)
     * @throws io.github.camelanaplan.client.error.AnaplanAuthenticationException when the token can no longer be
     *                                                                          refreshed
     */
    AuthToken refresh(AuthToken token);

    /** @return whether {@link #authenticate()} can produce a new token (false for a static token) */
    boolean canReauthenticate();

    /**
     * Invalidates the token on the server, if the credentials kind supports it. Failures are the caller's to log.
     *
     * @param token the token to discard
     */
    void logout(AuthToken token);
}
