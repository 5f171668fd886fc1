package io.github.camelanaplan.client.auth;

/**
 * How the client authenticates. One of {@link BasicCredentials}, {@link CertificateCredentials},
 * {@link OAuthRefreshTokenCredentials} or {@link StaticTokenCredentials}.
 */
public sealed interface Credentials
        permits BasicCredentials, CertificateCredentials, OAuthRefreshTokenCredentials, StaticTokenCredentials {
}
