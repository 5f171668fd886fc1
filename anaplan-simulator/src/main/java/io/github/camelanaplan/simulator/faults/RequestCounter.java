package io.github.camelanaplan.simulator.faults;

import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.InterceptorOrder;
import io.github.camelanaplan.simulator.http.RequestInterceptor;

/**
 * Counts requests per {@link RouteFamily}. In the outermost slot, so requests that faults or rate limits
 * turn away are counted too.
 */
final class RequestCounter implements RequestInterceptor {

    private final StatsCounter stats;

    RequestCounter(StatsCounter stats) {
        this.stats = stats;
    }

    @Override
    public int order() {
        return InterceptorOrder.NETWORK;
    }

    @Override
    public void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception {
        RouteFamily family = RouteFamily.of(request);
        if (family != RouteFamily.CONTROL) {
            stats.request(family);
        }
        chain.proceed(request, response);
    }
}
