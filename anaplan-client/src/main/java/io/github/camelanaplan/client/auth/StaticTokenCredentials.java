package io.github.camelanaplan.client.auth;

/**
 * A token obtained elsewhere, used as is. It cannot be refreshed or renewed by this client: once Anaplan rejects it,
 * calls fail with {@link io.github.camelanaplan.client.error.AnaplanAuthenticationException}. Closing the client does
 * not log it out, because its owner may still use it.
 *
 * @param token the token value sent as {@code AnaplanAuthToken <token>}; never shown by {@link #toString()}
 */
public record StaticTokenCredentials(String token) implements Credentials {

    /**
     * Validates and normalises the components.
     *
     * @param token the token value sent as {@code AnaplanAuthToken <token>}; never shown by {@link #toString()}
     */
    public StaticTokenCredentials {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("credentials.token is required for static token authentication");
        }
    }

    @Override
    public String toString() {
        return "StaticTokenCredentials[token=***]";
    }
}
