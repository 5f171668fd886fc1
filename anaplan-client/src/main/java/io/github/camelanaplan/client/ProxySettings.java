package io.github.camelanaplan.client;

/**
 * An HTTP proxy through which every request (Integration API, authentication, OAuth) is sent.
 *
 * @param host     proxy host name
 * @param port     proxy port, 1..65535
 * @param username user for proxy basic authentication, or {@code null} for none
 * @param password password for proxy basic authentication, or {@code null}; never shown by {@link #toString()}
 */
public record ProxySettings(String host, int port, String username, String password) {

    /**
     * Validates and normalises the components.
     *
     * @param host proxy host name
     * @param port proxy port, 1..65535
     * @param username user for proxy basic authentication, or {@code null} for none
     * @param password password for proxy basic authentication, or {@code null}; never shown by {@link #toString()}
     */
    public ProxySettings {
        ConfigValidation.required("proxy.host", host);
        if (host.isBlank()) {
            throw new IllegalArgumentException("proxy.host must not be blank");
        }
        ConfigValidation.inRange("proxy.port", port, 1, 65535);
        if (password != null && username == null) {
            throw new IllegalArgumentException("proxy.password requires proxy.username");
        }
    }

    /**
     * @param host proxy host
     * @param port proxy port
     * @return proxy settings without authentication
     */
    public static ProxySettings of(String host, int port) {
        return new ProxySettings(host, port, null, null);
    }

    /** @return whether proxy authentication is configured */
    public boolean hasCredentials() {
        return username != null;
    }

    @Override
    public String toString() {
        return "ProxySettings[host=" + host + ", port=" + port + ", username=" + username
                + ", password=" + (password == null ? "null" : "***") + "]";
    }
}
