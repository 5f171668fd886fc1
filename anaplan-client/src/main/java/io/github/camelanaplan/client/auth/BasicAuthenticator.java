package io.github.camelanaplan.client.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Basic authentication against the token service; tokens are refreshed and logged out there too. */
final class BasicAuthenticator implements Authenticator {

    private final TokenServiceClient tokens;
    private final BasicCredentials credentials;

    BasicAuthenticator(TokenServiceClient tokens, BasicCredentials credentials) {
        this.tokens = tokens;
        this.credentials = credentials;
    }

    @Override
    public AuthToken authenticate() {
        // UTF-8 like the Python SDK: ISO-8859-1 (the Java client's choice) cannot carry every password
        String pair = credentials.username() + ":" + credentials.password();
        String header = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        return tokens.authenticate(header, null, "basic authentication of " + credentials.username());
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
