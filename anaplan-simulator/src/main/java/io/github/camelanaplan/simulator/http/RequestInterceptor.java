package io.github.camelanaplan.simulator.http;

/**
 * A step that runs before the route handler, for cross-cutting behaviour: authentication, latency,
 * bandwidth caps, injected errors, rate limits, connection resets, waiting for a busy model.
 *
 * <p>Interceptors run in ascending {@link #order()} (see {@link InterceptorOrder} for the slots in use) and
 * wrap each other: code before {@code chain.proceed} runs on the way in, code after it on the way out. An
 * interceptor answers on its own by throwing {@link ApiException}, by writing to the response and not
 * calling {@code proceed}, or by {@link ApiResponse#abortConnection()}. Routing happens first, so
 * {@link ApiRequest#match()} is available (null for an unknown path, which the terminal step turns into 404
 * or 405).
 */
public interface RequestInterceptor {

    /** Position in the chain; lower runs earlier (outermost). */
    int order();

    void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception;

    /** The rest of the chain, ending with the route handler. */
    @FunctionalInterface
    interface Chain {

        void proceed(ApiRequest request, ApiResponse response) throws Exception;
    }
}
