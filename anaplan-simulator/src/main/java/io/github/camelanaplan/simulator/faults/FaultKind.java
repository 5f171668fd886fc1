package io.github.camelanaplan.simulator.faults;

/** Everything the faults module can do to a request, as counted in {@link TrafficStats#faults()}. */
public enum FaultKind {
    /** 500 with the Integration error envelope. */
    ERROR_500,
    /** 503 with the Integration error envelope. */
    ERROR_503,
    /** 429 with the error envelope and {@code Retry-After}, drawn at random. */
    TOO_MANY_REQUESTS,
    /** 429 from the requests-per-minute limit. */
    RATE_LIMITED,
    /** Part of the request body read, then the connection dropped. */
    RESET_REQUEST_BODY,
    /** Part of the response body sent, then the connection dropped. */
    TRUNCATE_RESPONSE_BODY,
    /** The response held back long enough for client timeouts to fire. */
    DELAY,
    /** A task-start request handled (the task exists) but the connection dropped instead of the answer. */
    RESET_AFTER_TASK_START,
    /** Every issued token revoked at once. */
    TOKENS_REVOKED
}
