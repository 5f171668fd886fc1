package io.github.camelanaplan.client.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelanaplan.client.error.AnaplanAuthenticationException;
import io.github.camelanaplan.client.error.AnaplanException;
import io.github.camelanaplan.client.error.AnaplanMalformedResponseException;
import io.github.camelanaplan.client.http.ApiRequest;
import io.github.camelanaplan.client.http.Json;
import io.github.camelanaplan.client.http.RequestBody;
import io.github.camelanaplan.client.http.RetryMode;
import io.github.camelanaplan.client.http.Transport;
import io.github.camelanaplan.client.http.Urls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * OAuth 2.0 refresh-token grant. Every login and every refresh is the same grant; a rotated refresh token replaces
 * the stored one atomically before the listener hears about it, so a concurrent reader never sees a used token.
 */
final class OAuthRefreshTokenAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthRefreshTokenAuthenticator.class);

    private final Transport transport;
    private final Json json;
    private final String tokenUrl;
    private final OAuthRefreshTokenCredentials credentials;
    private final AtomicReference<String> refreshToken;
    private final Clock clock;

    OAuthRefreshTokenAuthenticator(Transport transport, String oauthBaseUrl, OAuthRefreshTokenCredentials credentials,
                                   Clock clock) {
        this.transport = transport;
        this.json = transport.json();
        this.tokenUrl = Urls.of(oauthBaseUrl, "oauth", "token");
        this.credentials = credentials;
        this.refreshToken = new AtomicReference<>(credentials.refreshToken());
        this.clock = clock;
    }

    @Override
    public AuthToken authenticate() {
        String used = refreshToken.get();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "refresh_token");
        body.put("client_id", credentials.clientId());
        body.put("refresh_token", used);
        if (credentials.clientSecret() != null) {
            body.put("client_secret", credentials.clientSecret());
        }
        ApiRequest request = ApiRequest.builder("POST", tokenUrl)
                .authenticated(false)
                .body(RequestBody.of(json.write(body), "application/json"))
                .operation("OAuth refresh-token grant for client " + credentials.clientId())
                .requiredRight("a valid, unexpired refresh token for this OAuth client")
                // with rotating clients a grant that reached the server consumed the refresh token, so it is
                // repeated only when it certainly did not leave
                .retryMode(RetryMode.STARTS_TASK)
                .build();
        OAuthTokenResponse response;
        try {
            response = transport.execute(request, raw -> json.bind(json.tree(raw.body()), OAuthTokenResponse.class));
        } catch (AnaplanAuthenticationException e) {
            throw e;
        } catch (AnaplanException e) {
            if (e.httpStatus() == 400 || e.httpStatus() == 403) {
                throw new AnaplanAuthenticationException(e.getMessage(), e.httpStatus(), e.method(), e.path(),
                        e.anaplanMessage(), e);
            }
            throw e;
        }
        if (response.accessToken() == null || response.accessToken().isBlank()) {
            throw new AnaplanMalformedResponseException(request.operation() + " answered without access_token", 200,
                    request.method(), request.path(), null, null);
        }
        String rotated = response.refreshToken();
        if (rotated != null && !rotated.isBlank() && !rotated.equals(used)
                && refreshToken.compareAndSet(used, rotated)) {
            LOG.debug("OAuth refresh token of client {} was rotated", credentials.clientId());
            if (credentials.listener() != null) {
                try {
                    credentials.listener().onRefreshTokenRotated(rotated);
                } catch (RuntimeException listenerFailure) {
                    LOG.warn("refresh-token listener failed: {}", listenerFailure.getClass().getName());
                }
            }
        }
        Instant now = clock.instant();
        Instant expiry = response.expiresIn() == null ? now.plus(TokenServiceClient.DEFAULT_LIFETIME)
                : now.plusSeconds(response.expiresIn());
        return new AuthToken(response.accessToken(), expiry, now);
    }

    @Override
    public AuthToken refresh(AuthToken token) {
        return authenticate();
    }

    @Override
    public boolean canReauthenticate() {
        return true;
    }

    @Override
    public void logout(AuthToken token) {
        // OAuth access tokens simply expire; the token service's logout does not accept them
    }

    /** @return the refresh token currently held (the latest rotation) */
    String currentRefreshToken() {
        return refreshToken.get();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OAuthTokenResponse(@JsonProperty("access_token") String accessToken,
                              @JsonProperty("refresh_token") String refreshToken,
                              @JsonProperty("expires_in") Long expiresIn,
                              @JsonProperty("token_type") String tokenType) {

        @Override
        public String toString() {
            return "OAuthTokenResponse[accessToken=***, refreshToken=***, expiresIn=" + expiresIn + "]";
        }
    }
}
