package io.github.camelanaplan.simulator.auth;

import io.github.camelanaplan.simulator.SimulatorContext;
import io.github.camelanaplan.simulator.SimulatorModule;

/**
 * Authentication service ({@code /token/*}, {@code /oauth/token}), the token filter on {@code /2/0/**}, and
 * the {@link TokenService}, {@link OAuthService} and {@link AccessControl} services.
 */
public final class AuthModule implements SimulatorModule {

    @Override
    public void install(SimulatorContext context) {
        TokenService tokens = new TokenService(context.clock(), context.config().tokenLifetime(), context.random());
        OAuthService oauth = new OAuthService(context.tenant(), tokens, context.random());
        AccessControl access = new AccessControl(context.tenant());
        context.register(TokenService.class, tokens);
        context.register(OAuthService.class, oauth);
        context.register(AccessControl.class, access);
        new TokenEndpoints(context.tenant(), tokens, context.clock()).register(context.router());
        new OAuthEndpoints(oauth).register(context.router());
        context.interceptors().add(new AuthInterceptor(tokens, context.tenant()));
    }
}
