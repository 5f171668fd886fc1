package io.github.camelanaplan.simulator.http;

/**
 * Agreed positions in the interceptor chain. The order mirrors where each effect happens against the real
 * service: the network first, then the gateway (faults, rate limits), then authentication, then the model.
 * Values are spaced so a new step can slot in between without renumbering.
 */
public final class InterceptorOrder {

    /** Latency, bandwidth throttling of bodies, connection resets: the wire, before anything else sees the request. */
    public static final int NETWORK = 100;

    /** Injected HTTP errors (500, 503, ...) scheduled by tests through the control endpoint. */
    public static final int FAULT_INJECTION = 200;

    /** 429 with Retry-After. */
    public static final int RATE_LIMIT = 300;

    /** Token check on {@code /2/0/**}; sets the authenticated user attribute. */
    public static final int AUTHENTICATION = 400;

    /** Blocking or rejecting requests while a model runs a task; needs the authenticated user. */
    public static final int MODEL_BUSY = 500;

    private InterceptorOrder() {
    }
}
