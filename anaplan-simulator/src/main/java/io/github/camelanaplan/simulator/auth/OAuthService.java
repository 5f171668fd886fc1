package io.github.camelanaplan.simulator.auth;

import io.github.camelanaplan.simulator.state.OAuthClient;
import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.User;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth 2.0 refresh-token grant. Access tokens are ordinary {@link TokenService} sessions, so they work on
 * the Integration API with both {@code AnaplanAuthToken} and {@code Bearer}.
 */
public final class OAuthService {

    /** The scopes Anaplan grants; {@code profile} is silently dropped by the real service. */
    public static final String SCOPE = "openid email offline_access";

    private final Tenant tenant;
    private final TokenService tokens;
    private final SecureRandom random;
    private final Map<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();

    /** A refresh token's binding; {@code used} marks rotated-away tokens so reuse is detectable. */
    private record RefreshGrant(String clientId, String userId, boolean used) {
    }

    /** A successful token response. */
    public record Grant(Session accessToken, String refreshToken) {
    }

    public OAuthService(Tenant tenant, TokenService tokens, SecureRandom random) {
        this.tenant = tenant;
        this.tokens = tokens;
        this.random = random;
        for (OAuthClient client : tenant.oauthClients()) {
            client.seededRefreshTokens().forEach((token, userId) ->
                    refreshTokens.put(token, new RefreshGrant(client.clientId(), userId, false)));
        }
    }

    /** Mints a refresh token as if the user had completed a browser or device log-in with this client. */
    public String issueRefreshToken(String clientId, User user) {
        if (tenant.oauthClient(clientId).isEmpty()) {
            throw new IllegalArgumentException("unknown OAuth client " + clientId);
        }
        String token = newToken();
        refreshTokens.put(token, new RefreshGrant(clientId, user.id(), false));
        return token;
    }

    /**
     * Exchanges a refresh token. Rotating clients get a new refresh token and the presented one becomes
     * unusable; others keep theirs.
     *
     * @throws OAuthError with the RFC 6749 error code
     */
    public synchronized Grant refresh(String clientId, String clientSecret, String refreshToken) {
        if (clientId == null || refreshToken == null) {
            throw new OAuthError(400, "invalid_request", "client_id and refresh_token are required");
        }
        OAuthClient client = tenant.oauthClient(clientId)
                .orElseThrow(() -> new OAuthError(401, "invalid_client", "Unknown client"));
        if (client.clientSecret() != null && !client.clientSecret().equals(clientSecret)) {
            throw new OAuthError(401, "invalid_client", "Client authentication failed");
        }
        RefreshGrant grant = refreshTokens.get(refreshToken);
        if (grant == null || grant.used() || !grant.clientId().equals(clientId)) {
            throw new OAuthError(400, "invalid_grant", "Unknown or invalid refresh token");
        }
        User user = tenant.user(grant.userId())
                .orElseThrow(() -> new OAuthError(400, "invalid_grant", "Unknown or invalid refresh token"));
        String nextRefreshToken = refreshToken;
        if (client.rotatable()) {
            refreshTokens.put(refreshToken, new RefreshGrant(clientId, user.id(), true));
            nextRefreshToken = newToken();
            refreshTokens.put(nextRefreshToken, new RefreshGrant(clientId, user.id(), false));
        }
        return new Grant(tokens.issue(user, Session.Origin.OAUTH), nextRefreshToken);
    }

    /** Revokes a refresh token, e.g. to simulate an administrator withdrawing consent. */
    public void revokeRefreshToken(String refreshToken) {
        refreshTokens.remove(refreshToken);
    }

    /** {@code expires_in} of access tokens: the configured token lifetime (2100 s by default, like Anaplan). */
    public java.time.Duration accessTokenLifetime() {
        return tokens.lifetime();
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An OAuth error response: {@code {"error", "error_description"}}. */
    public static final class OAuthError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int status;
        private final String error;

        public OAuthError(int status, String error, String description) {
            super(description);
            this.status = status;
            this.error = error;
        }

        public int status() {
            return status;
        }

        public String error() {
            return error;
        }
    }
}
