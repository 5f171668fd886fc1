package io.github.camelanaplan.client.auth;

import io.github.camelanaplan.client.http.Transport;

import java.time.Clock;

/** Creates the {@link Authenticator} matching a {@link Credentials} value. */
public final class Authenticators {

    private Authenticators() {
    }

    /**
     * @param credentials  what the caller configured
     * @param transport    transport for the authentication services (no Integration token attached)
     * @param authBaseUrl  token service base URL, e.g. {@code https://auth.anaplan.com}
     * @param oauthBaseUrl OAuth base URL, e.g. {@code https://us1a.app.anaplan.com}
     * @param clock        clock for expiry computations
     * @return the authenticator
     */
    public static Authenticator create(Credentials credentials, Transport transport, String authBaseUrl,
                                       String oauthBaseUrl, Clock clock) {
        TokenServiceClient tokens = new TokenServiceClient(transport, authBaseUrl, clock);
        if (credentials instanceof BasicCredentials basic) {
            return new BasicAuthenticator(tokens, basic);
        }
        if (credentials instanceof CertificateCredentials certificate) {
            return new CertificateAuthenticator(tokens, certificate, transport.json(), clock);
        }
        if (credentials instanceof OAuthRefreshTokenCredentials oauth) {
            return new OAuthRefreshTokenAuthenticator(transport, oauthBaseUrl, oauth, clock);
        }
        if (credentials instanceof StaticTokenCredentials token) {
            return new StaticTokenAuthenticator(token, clock);
        }
        throw new IllegalArgumentException("unsupported credentials type " + credentials.getClass().getName());
    }
}
