package io.github.camelanaplan.client.auth;

/**
 * OAuth 2.0 refresh-token grant against {@code {oauthBaseUrl}/oauth/token}. The access token obtained is used on
 * Integration API calls; when it nears expiry the grant is repeated. If the server rotates the refresh token, the new
 * one replaces the old atomically inside the client and {@code listener} is told so it can be persisted.
 *
 * @param clientId     the OAuth client id
 * @param clientSecret the client secret (authorization-code clients), or {@code null} (device-grant clients); never
 *                     shown by {@link #toString()}
 * @param refreshToken the initial refresh token; never shown by {@link #toString()}
 * @param listener     told about rotated refresh tokens, or {@code null}
 */
public record OAuthRefreshTokenCredentials(String clientId, String clientSecret, String refreshToken,
                                           RefreshTokenListener listener) implements Credentials {

    /**
     * Validates and normalises the components.
     *
     * @param clientId the OAuth client id
     * @param clientSecret the client secret (authorization-code clients), or {@code null} (device-grant clients); never shown by {@link #toString()}
     * @param refreshToken the initial refresh token; never shown by {@link #toString()}
     * @param listener told about rotated refresh tokens, or {@code null}
     */
    public OAuthRefreshTokenCredentials {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("credentials.clientId is required for OAuth authentication");
        }
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("credentials.refreshToken is required for OAuth authentication");
        }
    }

    @Override
    public String toString() {
        return "OAuthRefreshTokenCredentials[clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "null" : "***") + ", refreshToken=***, listener="
                + (listener == null ? "none" : "set") + "]";
    }
}
