package io.github.camelanaplan.client.error;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: Anaplan throttled the caller, and retries (honouring {@code Retry-After}) did not get through within the
 * configured attempts or time budget.
 */
public class AnaplanRateLimitedException extends AnaplanException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /**
     * @param message        full human-readable message
     * @param method         HTTP method
     * @param path           request path with ids
     * @param anaplanMessage the server's own message, may be {@code null}
     * @param retryAfter     the wait the server asked for, or {@code null} when it sent none
     */
    public AnaplanRateLimitedException(String message, String method, String path, String anaplanMessage,
                                       Duration retryAfter) {
        super(message, 429, method, path, anaplanMessage, null);
        this.retryAfter = retryAfter;
    }

    /** @return the wait the server asked for in its last {@code Retry-After} header, if any */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
