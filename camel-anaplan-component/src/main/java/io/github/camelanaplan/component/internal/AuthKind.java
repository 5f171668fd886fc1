package io.github.camelanaplan.component.internal;

/** Which kind of credentials an endpoint logs in with; used for validation messages and the dev console. */
public enum AuthKind {
    BASIC("username + password"),
    CERTIFICATE("certificatePath + privateKeyPath, or keyStorePath (+ keyStorePassword, keyStoreAlias, keyPassword)"),
    OAUTH("oauthClientId + oauthRefreshToken (+ oauthClientSecret)"),
    TOKEN("authToken"),
    PROVIDED_CLIENT("client");

    private final String options;

    AuthKind(String options) {
        this.options = options;
    }

    /** The options that select this kind, as users write them. */
    public String options() {
        return options;
    }
}
