package io.github.camelanaplan.component.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.github.camelanaplan.component.AnaplanConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The part of an endpoint's configuration that decides which {@link io.github.camelanaplan.client.AnaplanClient} it
 * needs: where to connect, how to log in, how to transfer and poll. Endpoints with equal settings share one client
 * and therefore one login. Holds secrets, so {@link #toString()} shows only what is safe to print.
 */
public record ClientSettings(String apiBaseUrl, String authBaseUrl, String oauthBaseUrl,
                             String proxyHost, Integer proxyPort, String proxyUsername, String proxyPassword,
                             SSLContextParameters sslContextParameters, long connectTimeout, long responseTimeout,
                             String username, String password,
                             String certificatePath, String privateKeyPath, String keyStorePath, String keyStorePassword,
                             String keyStoreAlias, String keyPassword, String certificateDataFormat,
                             String oauthClientId, String oauthClientSecret, String oauthRefreshToken, String authToken,
                             int chunkSize, boolean compress, int chunksInFlight, long pollInitialDelay, long pollMaxDelay) {

    public static ClientSettings of(AnaplanConfiguration c) {
        return new ClientSettings(c.getApiBaseUrl(), c.getAuthBaseUrl(), c.getOauthBaseUrl(),
                c.getProxyHost(), c.getProxyPort(), c.getProxyUsername(), c.getProxyPassword(),
                c.getSslContextParameters(), c.getConnectTimeout(), c.getResponseTimeout(),
                c.getUsername(), c.getPassword(),
                c.getCertificatePath(), c.getPrivateKeyPath(), c.getKeyStorePath(), c.getKeyStorePassword(),
                c.getKeyStoreAlias(), c.getKeyPassword(), c.getCertificateDataFormat(),
                c.getOauthClientId(), c.getOauthClientSecret(), c.getOauthRefreshToken(), c.getAuthToken(),
                c.getChunkSize(), c.isCompress(), c.getChunksInFlight(), c.getPollInitialDelay(), c.getPollMaxDelay());
    }

    /**
     * The one kind of credentials configured.
     *
     * @throws IllegalArgumentException when none or several kinds are configured, naming the options of each
     */
    public AuthKind authKind() {
        List<AuthKind> kinds = new ArrayList<>();
        if (isSet(username) || isSet(password)) {
            kinds.add(AuthKind.BASIC);
        }
        if (isSet(certificatePath) || isSet(privateKeyPath) || isSet(keyStorePath)) {
            kinds.add(AuthKind.CERTIFICATE);
        }
        if (isSet(oauthClientId) || isSet(oauthRefreshToken) || isSet(oauthClientSecret)) {
            kinds.add(AuthKind.OAUTH);
        }
        if (isSet(authToken)) {
            kinds.add(AuthKind.TOKEN);
        }
        if (kinds.size() == 1) {
            return kinds.get(0);
        }
        String choices = "set exactly one of: " + List.of(AuthKind.BASIC, AuthKind.CERTIFICATE, AuthKind.OAUTH, AuthKind.TOKEN)
                .stream().map(AuthKind::options).collect(Collectors.joining("; ")) + " (or give a ready client with the 'client' option)";
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("No Anaplan credentials are configured: " + choices);
        }
        throw new IllegalArgumentException("Several kinds of Anaplan credentials are configured ("
                                           + kinds.stream().map(AuthKind::options).collect(Collectors.joining(" and "))
                                           + "): " + choices);
    }

    /** The user the credentials stand for, masked for display ({@code de***@example.com}); never a secret. */
    public String maskedPrincipal() {
        return switch (authKind()) {
            case BASIC -> mask(username);
            case CERTIFICATE -> isSet(keyStorePath) ? "key store " + keyStorePath : "certificate " + certificatePath;
            case OAUTH -> "OAuth client " + oauthClientId;
            case TOKEN -> "static token";
            case PROVIDED_CLIENT -> "provided client";
        };
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    static String mask(String user) {
        if (user == null) {
            return null;
        }
        int at = user.indexOf('@');
        String local = at >= 0 ? user.substring(0, at) : user;
        String domain = at >= 0 ? user.substring(at) : "";
        return (local.length() <= 2 ? local.substring(0, Math.min(1, local.length())) : local.substring(0, 2)) + "***" + domain;
    }

    @Override
    public String toString() {
        return "ClientSettings[apiBaseUrl=" + apiBaseUrl + ", authBaseUrl=" + authBaseUrl + ", principal="
               + safePrincipal() + "]";
    }

    private String safePrincipal() {
        try {
            return maskedPrincipal();
        } catch (IllegalArgumentException e) {
            return "invalid credentials";
        }
    }
}
