package io.github.camelanaplan.simulator.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.User;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** The token service: {@code /token/authenticate}, {@code /token/refresh}, {@code /token/validate}, {@code /token/logout}. */
final class TokenEndpoints {

    private final Tenant tenant;
    private final TokenService tokens;
    private final BasicLogin basic;
    private final CertificateLogin certificates;
    private final Clock clock;

    TokenEndpoints(Tenant tenant, TokenService tokens, Clock clock) {
        this.tenant = tenant;
        this.tokens = tokens;
        this.basic = new BasicLogin(tenant);
        this.certificates = new CertificateLogin(tenant, clock);
        this.clock = clock;
    }

    void register(Router router) {
        router.auth("POST", "/token/authenticate", this::authenticate);
        router.auth("POST", "/token/refresh", this::refresh);
        router.auth("GET", "/token/validate", this::validate);
        router.auth("POST", "/token/logout", this::logout);
    }

    private void authenticate(ApiRequest request, ApiResponse response) throws IOException {
        AuthorizationHeader header = AuthorizationHeader.parse(request.header("Authorization"))
                .orElseThrow(() -> AuthFailure.badHeader("Missing or malformed Authorization header"));
        User user;
        Session.Origin origin;
        if (header.is(AuthorizationHeader.BASIC)) {
            user = basic.authenticate(header.credentials());
            origin = Session.Origin.BASIC;
        } else if (header.is(AuthorizationHeader.CA_CERTIFICATE)) {
            user = certificates.authenticate(header.credentials(), jsonOrMissing(request));
            origin = Session.Origin.CERTIFICATE;
        } else {
            throw AuthFailure.badHeader("Authorization must use Basic or CACertificate");
        }
        user.lastLogin(clock.instant());
        Session session = tokens.issue(user, origin);
        response.json(201, success(request, "Login successful", tokenInfo(session)));
    }

    private void refresh(ApiRequest request, ApiResponse response) throws IOException {
        Session session = tokens.refresh(anaplanToken(request, 400)).orElseThrow(
                () -> AuthFailure.badCredential("Token is invalid, expired or revoked"));
        response.json(200, success(request, "Token refreshed", tokenInfo(session)));
    }

    private void validate(ApiRequest request, ApiResponse response) throws IOException {
        Session session = tokens.validate(anaplanToken(request, 400)).orElseThrow(
                () -> AuthFailure.badCredential("Token is invalid, expired or revoked"));
        Map<String, Object> tokenInfo = new LinkedHashMap<>();
        tokenInfo.put("expiresAt", session.expiresAt().toEpochMilli());
        tokenInfo.put("tokenId", session.tokenId());
        Map<String, Object> body = success(request, "Token validated", tokenInfo);
        Map<String, Object> userInfo = new LinkedHashMap<>();
        userInfo.put("userGuid", session.userId());
        userInfo.put("userId", tenant.user(session.userId()).map(User::email).orElse(""));
        userInfo.put("customerGuid", tenant.customerId());
        body.put("userInfo", userInfo);
        response.json(200, body);
    }

    private void logout(ApiRequest request, ApiResponse response) throws IOException {
        String token = anaplanToken(request, 401);
        if (tokens.validate(token).isEmpty() || !tokens.revoke(token)) {
            throw AuthFailure.badCredential("Token is invalid, expired or revoked");
        }
        response.noContent(204);
    }

    /**
     * The auth service only takes {@code AnaplanAuthToken}; any other scheme (Bearer included) is a
     * malformed header, answered with {@code badSchemeStatus} (400 on refresh/validate, 401 on logout).
     */
    private static String anaplanToken(ApiRequest request, int badSchemeStatus) {
        AuthorizationHeader header = AuthorizationHeader.parse(request.header("Authorization")).orElse(null);
        if (header == null || !header.is(AuthorizationHeader.ANAPLAN_TOKEN)) {
            String message = "Authorization must be AnaplanAuthToken <token>";
            throw badSchemeStatus == 401 ? AuthFailure.badCredential(message) : AuthFailure.badHeader(message);
        }
        return header.credentials();
    }

    private static JsonNode jsonOrMissing(ApiRequest request) throws IOException {
        try {
            return request.jsonBody();
        } catch (ApiException e) {
            return MissingNode.getInstance();
        }
    }

    private static Map<String, Object> tokenInfo(Session session) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("tokenId", session.tokenId());
        info.put("tokenValue", session.tokenValue());
        info.put("expiresAt", session.expiresAt().toEpochMilli());
        info.put("refreshTokenId", session.refreshTokenId());
        return info;
    }

    private static Map<String, Object> success(ApiRequest request, String message, Map<String, Object> tokenInfo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meta", Map.of("validationUrl", request.origin() + "/token/validate"));
        body.put("status", "SUCCESS");
        body.put("statusMessage", message);
        body.put("tokenInfo", tokenInfo);
        return body;
    }
}
