package io.github.camelanaplan.client.auth;

/**
 * Told when the OAuth server rotated the refresh token. With rotating OAuth clients the old refresh token stops
 * working once used, so a caller that restarts later must persist the new one or it will have to log in
 * interactively again.
 */
@FunctionalInterface
public interface RefreshTokenListener {

    /**
     * Called after the new refresh token has been stored in the client, on the thread that refreshed. Must not
     * block for long and must not log the token.
     *
     * @param newRefreshToken the refresh token to use from now on
     */
    void onRefreshTokenRotated(String newRefreshToken);
}
