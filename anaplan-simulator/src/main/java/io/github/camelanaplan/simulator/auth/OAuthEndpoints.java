package io.github.camelanaplan.simulator.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.Router;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /oauth/token}; parameters as JSON (Postman, Java client) or form-encoded (oauthlib). */
final class OAuthEndpoints {

    private final OAuthService oauth;

    OAuthEndpoints(OAuthService oauth) {
        this.oauth = oauth;
    }

    void register(Router router) {
        router.auth("POST", "/oauth/token", this::token);
    }

    private void token(ApiRequest request, ApiResponse response) throws IOException {
        Map<String, String> params = parameters(request);
        String grantType = params.get("grant_type");
        try {
            if (!"refresh_token".equals(grantType)) {
                throw new OAuthService.OAuthError(400, "unsupported_grant_type",
                        "Only the refresh_token grant is simulated");
            }
            OAuthService.Grant grant = oauth.refresh(params.get("client_id"), params.get("client_secret"),
                    params.get("refresh_token"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", grant.accessToken().tokenValue());
            body.put("refresh_token", grant.refreshToken());
            body.put("scope", OAuthService.SCOPE);
            body.put("expires_in", oauth.accessTokenLifetime().toSeconds());
            body.put("token_type", "Bearer");
            response.json(200, body);
        } catch (OAuthService.OAuthError e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.error());
            body.put("error_description", e.getMessage());
            throw new ApiException(e.status(), e.getMessage(), body);
        }
    }

    private static Map<String, String> parameters(ApiRequest request) throws IOException {
        Map<String, String> params = new HashMap<>();
        if (request.contentType().equals("application/x-www-form-urlencoded")) {
            String form = new String(request.bodyBytes(), StandardCharsets.UTF_8);
            for (String pair : form.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return params;
        }
        JsonNode json = request.jsonBody();
        json.properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        return params;
    }
}
