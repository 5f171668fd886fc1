package io.github.camelanaplan.client.auth;

import io.github.camelanaplan.client.http.Json;
import io.github.camelanaplan.client.http.RequestBody;

import java.security.SecureRandom;
import java.time.Clock;

/** CA certificate authentication against the token service; each login signs a fresh nonce. */
final class CertificateAuthenticator implements Authenticator {

    private final TokenServiceClient tokens;
    private final CertificateCredentials credentials;
    private final CertificateNonce nonce;
    private final Json json;
    private final Clock clock;
    private final String header;

    CertificateAuthenticator(TokenServiceClient tokens, CertificateCredentials credentials, Json json, Clock clock) {
        this.tokens = tokens;
        this.credentials = credentials;
        this.nonce = new CertificateNonce(new SecureRandom());
        this.json = json;
        this.clock = clock;
        this.header = CertificateNonce.header(credentials);
    }

    @Override
    public AuthToken authenticate() {
        byte[] body = json.write(nonce.body(credentials, clock.instant()));
        return tokens.authenticate(header, RequestBody.of(body, "application/json"),
                "certificate authentication of " + credentials.certificate().getSubjectX500Principal().getName()
                        + " (nonce " + credentials.format() + ")");
    }

    @Override
    public AuthToken refresh(AuthToken token) {
        return tokens.refresh(token);
    }

    @Override
    public boolean canReauthenticate() {
        return true;
    }

    @Override
    public void logout(AuthToken token) {
        tokens.logout(token);
    }
}
