package io.github.camelanaplan.client.auth;

/**
 * User name and password, sent as HTTP Basic (UTF-8) to {@code POST /token/authenticate}. Users under SSO must be
 * configured as "exception users" in Anaplan to use this.
 *
 * @param username the Anaplan login, usually an e-mail address
 * @param password the password; never shown by {@link #toString()}
 */
public record BasicCredentials(String username, String password) implements Credentials {

    /**
     * Validates and normalises the components.
     *
     * @param username the Anaplan login, usually an e-mail address
     * @param password the password; never shown by {@link #toString()}
     */
    public BasicCredentials {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("credentials.username is required for basic authentication");
        }
        if (username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("credentials.username must not contain ':' (HTTP Basic separator)");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("credentials.password is required for basic authentication");
        }
    }

    @Override
    public String toString() {
        return "BasicCredentials[username=" + username + ", password=***]";
    }
}
