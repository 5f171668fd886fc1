package io.github.camelanaplan.simulator.faults;

import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.InterceptorOrder;
import io.github.camelanaplan.simulator.http.RequestInterceptor;

/**
 * Applies the {@link NetworkProfile}: the latency once per request before it is handled, and the bandwidth
 * cap to the request and response bodies. HTTP/1.1 carries one exchange at a time per connection, so pacing
 * each exchange's bodies caps the connection. Control endpoints are exempt.
 */
final class NetworkInterceptor implements RequestInterceptor {

    private volatile NetworkProfile profile = NetworkProfile.NONE;

    @Override
    public int order() {
        return InterceptorOrder.NETWORK;
    }

    NetworkProfile profile() {
        return profile;
    }

    void profile(NetworkProfile value) {
        profile = value;
    }

    @Override
    public void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception {
        NetworkProfile current = profile;
        if (RouteFamily.of(request) != RouteFamily.CONTROL) {
            if (current.capped()) {
                request.wrapBody(in -> new ThrottledInputStream(in, new Pacer(current.bytesPerSecond())));
                response.wrapOutput(out -> new ThrottledOutputStream(out, new Pacer(current.bytesPerSecond())));
            }
            Sleep.of(current.latency());
        }
        chain.proceed(request, response);
    }
}
