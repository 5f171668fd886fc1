package io.github.camelanaplan.simulator.state;

import java.util.Map;

/**
 * An OAuth 2.0 client registration. With {@code rotatable} every refresh returns a new refresh token and
 * the old one becomes single-use; otherwise the refresh token stays the same.
 *
 * @param clientSecret         null for device-grant clients, which refresh without a secret
 * @param seededRefreshTokens  refresh tokens valid from start (token to user id), standing in for the
 *                             browser or device log-in that would have produced them
 */
public record OAuthClient(String clientId, String clientSecret, boolean rotatable,
                          Map<String, String> seededRefreshTokens) {

    public OAuthClient {
        seededRefreshTokens = Map.copyOf(seededRefreshTokens);
    }
}
