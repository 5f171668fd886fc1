package io.github.camelanaplan.simulator.faults;

import io.github.camelanaplan.simulator.SimulatorContext;
import io.github.camelanaplan.simulator.SimulatorModule;
import io.github.camelanaplan.simulator.auth.Session;
import io.github.camelanaplan.simulator.auth.TokenService;
import io.github.camelanaplan.simulator.tasks.TaskControl;

/**
 * Fault injection, rate limiting and the network profile, all off until switched on through {@link Faults}
 * (published as a context service) or the {@code /__simulator} control endpoint. Other modules' services
 * (tokens, tasks) are looked up when used, so this module can install in any position.
 */
public final class FaultsModule implements SimulatorModule {

    @Override
    public void install(SimulatorContext context) {
        StatsCounter stats = new StatsCounter();
        FaultInterceptor faultInterceptor = new FaultInterceptor(stats);
        NetworkInterceptor network = new NetworkInterceptor();
        RateLimiter rateLimiter = new RateLimiter(stats, token -> context.service(TokenService.class)
                .flatMap(tokens -> tokens.validate(token)).map(Session::userId));
        TokenRevoker revoker = new TokenRevoker(() -> context.service(TokenService.class), context.scheduler(),
                stats);
        Faults faults = new Faults(faultInterceptor, network, rateLimiter, revoker, stats,
                () -> context.service(TaskControl.class));

        // Same slot for the counter and the network: the counter is added first, so it runs first.
        context.interceptors().add(new RequestCounter(stats));
        context.interceptors().add(network);
        context.interceptors().add(faultInterceptor);
        context.interceptors().add(rateLimiter);
        new ControlEndpoints(faults, context.json()).register(context.router());
        context.register(Faults.class, faults);
        context.onClose(revoker);
    }
}
