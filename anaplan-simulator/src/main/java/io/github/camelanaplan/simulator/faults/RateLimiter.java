package io.github.camelanaplan.simulator.faults;

import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.InterceptorOrder;
import io.github.camelanaplan.simulator.http.RequestInterceptor;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Enforces the {@link RateLimit} on {@code /2/0/**} with 429, the error envelope and {@code Retry-After}. */
final class RateLimiter implements RequestInterceptor {

    private static final String TENANT_KEY = "tenant";
    private static final String NO_USER_KEY = "anonymous";

    private final StatsCounter stats;
    private final Function<String, Optional<String>> userOfToken;
    private volatile Limit limit = new Limit(RateLimit.OFF);

    /**
     * @param userOfToken the user id behind a token value; the limiter runs before authentication, so it
     *                    resolves the caller itself for per-user buckets
     */
    RateLimiter(StatsCounter stats, Function<String, Optional<String>> userOfToken) {
        this.stats = stats;
        this.userOfToken = userOfToken;
    }

    @Override
    public int order() {
        return InterceptorOrder.RATE_LIMIT;
    }

    RateLimit limit() {
        return limit.settings();
    }

    /** Starts over with full buckets. */
    void limit(RateLimit value) {
        limit = new Limit(value);
    }

    @Override
    public void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception {
        Limit current = limit;
        if (current.settings().enabled() && RouteFamily.of(request).integrationApi()) {
            long now = System.nanoTime();
            long waitNanos = current.bucket(key(request, current.settings()), now).take(now);
            if (waitNanos > 0) {
                stats.fault(FaultKind.RATE_LIMITED);
                long seconds = Math.max(1, (long) Math.ceil(waitNanos / (double) TimeUnit.SECONDS.toNanos(1)));
                response.header("Retry-After", Long.toString(seconds));
                throw new ApiException(429, "Too Many Requests");
            }
        }
        chain.proceed(request, response);
    }

    private String key(ApiRequest request, RateLimit settings) {
        if (settings.scope() == RateLimit.Scope.TENANT) {
            return TENANT_KEY;
        }
        String authorization = request.header("Authorization");
        int space = authorization == null ? -1 : authorization.trim().indexOf(' ');
        if (space < 0) {
            return NO_USER_KEY;
        }
        return userOfToken.apply(authorization.trim().substring(space + 1).trim()).orElse(NO_USER_KEY);
    }

    /** One setting with its buckets, swapped as a whole so a change never mixes old and new buckets. */
    private static final class Limit {

        private final RateLimit settings;
        private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

        Limit(RateLimit settings) {
            this.settings = settings;
        }

        RateLimit settings() {
            return settings;
        }

        TokenBucket bucket(String key, long now) {
            return buckets.computeIfAbsent(key,
                    k -> new TokenBucket(settings.burst(), settings.requestsPerMinute(), now));
        }
    }
}
