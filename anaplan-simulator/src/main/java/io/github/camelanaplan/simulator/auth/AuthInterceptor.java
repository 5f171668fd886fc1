package io.github.camelanaplan.simulator.auth;

import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.InterceptorOrder;
import io.github.camelanaplan.simulator.http.Realm;
import io.github.camelanaplan.simulator.http.RequestInterceptor;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.User;

/**
 * Requires a live token on every {@code /2/0/**} request, unknown paths included (the gateway checks
 * before routing): {@code AnaplanAuthToken <t>} or {@code Bearer <t>}. Missing, unknown, expired or revoked
 * tokens get 401 with the Integration error envelope.
 */
final class AuthInterceptor implements RequestInterceptor {

    private final TokenService tokens;
    private final Tenant tenant;

    AuthInterceptor(TokenService tokens, Tenant tenant) {
        this.tokens = tokens;
        this.tenant = tenant;
    }

    @Override
    public int order() {
        return InterceptorOrder.AUTHENTICATION;
    }

    @Override
    public void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception {
        if (!isApiRequest(request)) {
            chain.proceed(request, response);
            return;
        }
        AuthorizationHeader header = AuthorizationHeader.parse(request.header("Authorization"))
                .filter(h -> h.is(AuthorizationHeader.ANAPLAN_TOKEN) || h.is(AuthorizationHeader.BEARER))
                .orElseThrow(ApiException::unauthorized);
        Session session = tokens.validate(header.credentials()).orElseThrow(ApiException::unauthorized);
        User user = tenant.user(session.userId()).orElseThrow(ApiException::unauthorized);
        request.attribute(Authentication.SESSION, session);
        request.attribute(Authentication.USER, user);
        chain.proceed(request, response);
    }

    private static boolean isApiRequest(ApiRequest request) {
        if (request.connectorRealm() == Realm.AUTH) {
            return false;
        }
        if (request.match() != null) {
            return request.match().route().realm() == Realm.API;
        }
        return request.path().startsWith(Router.API_PREFIX + "/") || request.path().equals(Router.API_PREFIX);
    }
}
