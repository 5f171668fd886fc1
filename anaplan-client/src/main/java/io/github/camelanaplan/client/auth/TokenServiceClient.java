package io.github.camelanaplan.client.auth;

import io.github.camelanaplan.client.error.AnaplanAuthenticationException;
import io.github.camelanaplan.client.error.AnaplanException;
import io.github.camelanaplan.client.error.AnaplanMalformedResponseException;
import io.github.camelanaplan.client.http.ApiRequest;
import io.github.camelanaplan.client.http.RequestBody;
import io.github.camelanaplan.client.http.RetryMode;
import io.github.camelanaplan.client.http.Transport;
import io.github.camelanaplan.client.http.Urls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Calls the authentication service ({@code {authBaseUrl}/token/*}). */
final class TokenServiceClient {

    /** Anaplan tokens live 35 minutes; assumed when a response carries no expiry. */
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(35);

    private final Transport transport;
    private final String authBaseUrl;
    private final Clock clock;

    TokenServiceClient(Transport transport, String authBaseUrl, Clock clock) {
        this.transport = transport;
        this.authBaseUrl = authBaseUrl;
        this.clock = clock;
    }

    AuthToken authenticate(String authorizationHeader, RequestBody body, String operation) {
        ApiRequest.Builder request = ApiRequest.builder("POST", Urls.of(authBaseUrl, "token", "authenticate"))
                .authenticated(false)
                .header("Authorization", authorizationHeader)
                .operation(operation)
                .requiredRight("valid credentials of an Anaplan user");
        if (body != null) {
            request.body(body);
        }
        return tokenCall(request.build());
    }

    AuthToken refresh(AuthToken token) {
        ApiRequest request = ApiRequest.builder("POST", Urls.of(authBaseUrl, "token", "refresh"))
                .authenticated(false)
                .header("Authorization", "AnaplanAuthToken " + token.value())
                .operation("refresh the Anaplan token")
                .build();
        return tokenCall(request);
    }

    void logout(AuthToken token) {
        ApiRequest request = ApiRequest.builder("POST", Urls.of(authBaseUrl, "token", "logout"))
                .authenticated(false)
                .accept(null)
                .retryMode(RetryMode.SINGLE_ATTEMPT)
                .header("Authorization", "AnaplanAuthToken " + token.value())
                .operation("log out the Anaplan token")
                .build();
        transport.execute(request, response -> null);
    }

    private AuthToken tokenCall(ApiRequest request) {
        TokenServiceResponse response;
        try {
            response = transport.execute(request, raw ->
                    transport.json().bind(transport.json().tree(raw.body()), TokenServiceResponse.class));
        } catch (AnaplanAuthenticationException e) {
            throw e;
        } catch (AnaplanException e) {
            if (e.httpStatus() == 400 || e.httpStatus() == 403) {
                throw new AnaplanAuthenticationException(e.getMessage(), e.httpStatus(), e.method(), e.path(),
                        e.anaplanMessage(), e);
            }
            throw e;
        }
        if (response.failed() || response.tokenInfo() == null || response.tokenInfo().tokenValue() == null) {
            String said = response.statusMessage() == null ? "" : ": " + response.statusMessage();
            if (response.failed()) {
                throw new AnaplanAuthenticationException(request.operation() + " failed with status "
                        + response.status() + said, 200, request.method(), request.path(), response.statusMessage(),
                        null);
            }
            throw new AnaplanMalformedResponseException(request.operation() + " answered without tokenInfo.tokenValue"
                    + said, 200, request.method(), request.path(), response.statusMessage(), null);
        }
        Instant now = clock.instant();
        Long expiresAt = response.tokenInfo().expiresAt();
        Instant expiry = expiresAt == null ? now.plus(DEFAULT_LIFETIME) : Instant.ofEpochMilli(expiresAt);
        return new AuthToken(response.tokenInfo().tokenValue(), expiry, now);
    }
}
