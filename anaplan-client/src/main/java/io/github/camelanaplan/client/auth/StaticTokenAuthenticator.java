package io.github.camelanaplan.client.auth;

import io.github.camelanaplan.client.error.AnaplanAuthenticationException;

import java.time.Clock;

/** Hands out a caller-supplied token; it can be neither renewed nor logged out by this client. */
final class StaticTokenAuthenticator implements Authenticator {

    private final StaticTokenCredentials credentials;
    private final Clock clock;
    private boolean handedOut;

    StaticTokenAuthenticator(StaticTokenCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public AuthToken authenticate() {
        if (handedOut) {
            throw new AnaplanAuthenticationException("the static token was rejected by Anaplan (expired or revoked); "
                    + "supply a new token or use credentials the client can renew", null);
        }
        handedOut = true;
        return new AuthToken(credentials.token(), null, clock.instant());
    }

    @Override
    public AuthToken refresh(AuthToken token) {
        return token;
    }

    @Override
    public boolean canReauthenticate() {
        return false;
    }

    @Override
    public void logout(AuthToken token) {
        // the token belongs to whoever supplied it; they may still be using it
    }
}
