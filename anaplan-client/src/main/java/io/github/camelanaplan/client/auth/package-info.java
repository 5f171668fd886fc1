/**
 * Authentication: the credential types a caller configures ({@link io.github.camelanaplan.client.auth.BasicCredentials},
 * {@link io.github.camelanaplan.client.auth.CertificateCredentials},
 * {@link io.github.camelanaplan.client.auth.OAuthRefreshTokenCredentials},
 * {@link io.github.camelanaplan.client.auth.StaticTokenCredentials}) and the
 * {@link io.github.camelanaplan.client.auth.TokenManager} that turns them into a token, refreshes it before it expires
 * and re-authenticates once after a 401. No type here prints a secret in {@code toString()}, logs or exceptions.
 */
package io.github.camelanaplan.client.auth;
