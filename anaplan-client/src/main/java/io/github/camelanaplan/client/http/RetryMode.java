package io.github.camelanaplan.client.http;

/** What the transport may do when a request fails in a way that might be transient. */
public enum RetryMode {
    /** Repeating the request has the same effect as sending it once (GET, chunk PUT, DELETE, chunk-count POST). */
    IDEMPOTENT,
    /**
     * The request starts a task. It is retried only when the server certainly did not act on it (429, 409/423,
     * 401, connection refused); after an ambiguous failure the caller must reconcile, so the transport rethrows.
     */
    STARTS_TASK,
    /** Exactly one attempt (apart from one re-authentication after 401); the caller schedules its own retries. */
    SINGLE_ATTEMPT
}
