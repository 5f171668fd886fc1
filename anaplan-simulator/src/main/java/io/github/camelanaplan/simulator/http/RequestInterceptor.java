package io.github.camelanaplan.simulator.http;

import java.util.Objects;
import java.util.function.Predicate;

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

    /**
     * An interceptor from a lambda, for tests and small additions.
     *
     * @param order position in the chain, see {@link InterceptorOrder}
     * @param step  what {@link #intercept} does
     * @return the interceptor
     */
    static RequestInterceptor of(int order, Step step) {
        Objects.requireNonNull(step, "step");
        return new RequestInterceptor() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception {
                step.intercept(request, response, chain);
            }
        };
    }

    /**
     * Answers the requests that match with {@code answer} instead of the route; the others pass through.
     *
     * @param order  position in the chain
     * @param when   which requests to answer
     * @param answer the answer, e.g. writing an HTML error page
     * @return the interceptor
     */
    static RequestInterceptor answering(int order, Predicate<ApiRequest> when, Chain answer) {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(answer, "answer");
        return of(order, (request, response, chain) -> (when.test(request) ? answer : chain).proceed(request, response));
    }

    /** What {@link #intercept} does, as a functional interface. */
    @FunctionalInterface
    interface Step {

        void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception;
    }

    /** The rest of the chain, ending with the route handler. */
    @FunctionalInterface
    interface Chain {

        void proceed(ApiRequest request, ApiResponse response) throws Exception;
    }
}
