package io.github.camelanaplan.simulator.faults;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which faults to inject and how often. Probabilities are per request, between 0 and 1, and exclusive: one
 * draw per request picks at most one fault, so they may add up to at most 1. A fault that cannot apply to the
 * request it was drawn for (a body reset on a GET, a task-start reset on anything but a task start) leaves
 * that request alone.
 *
 * <p>This record is also the JSON shape of {@code /__simulator/faults}.
 *
 * @param error500             answer 500 with the error envelope
 * @param error503             answer 503 with the error envelope
 * @param tooManyRequests      answer 429 with the error envelope and {@code Retry-After}
 * @param retryAfterSeconds    the {@code Retry-After} value sent with injected 429s
 * @param resetRequestBody     read part of a request body, then drop the connection (requests with a body only)
 * @param truncateResponseBody send part of the response body, then drop the connection
 * @param cutAfterBytes        how many body bytes pass before a mid-body reset or truncation; bodies shorter
 *                             than this are cut in the middle
 * @param delay                hold the request for {@code delayMillis} before handling it
 * @param delayMillis          long enough to exceed the client's timeout
 * @param resetAfterTaskStart  run a task-start request ({@code POST .../tasks}) so the task exists, then drop the
 *                             connection instead of answering
 * @param includeTokenPaths    also inject into {@code /token/**} and {@code /oauth/**}; {@code /2/0/**} always
 * @param pathFilter           a regular expression searched in the request path; null for every path
 * @param seed                 seeds the draws for reproducible runs (sequential requests only); null for random
 */
public record FaultSettings(double error500, double error503, double tooManyRequests, int retryAfterSeconds,
                            double resetRequestBody, double truncateResponseBody, int cutAfterBytes, double delay,
                            long delayMillis, double resetAfterTaskStart, boolean includeTokenPaths,
                            String pathFilter, Long seed) {

    public static final int DEFAULT_RETRY_AFTER_SECONDS = 1;
    public static final int DEFAULT_CUT_AFTER_BYTES = 1024;
    public static final long DEFAULT_DELAY_MILLIS = 30_000;

    /** The faults decided by a per-request draw; the others have their own triggers. */
    private static final FaultKind[] DRAWN = {FaultKind.ERROR_500, FaultKind.ERROR_503, FaultKind.TOO_MANY_REQUESTS,
        FaultKind.RESET_REQUEST_BODY, FaultKind.TRUNCATE_RESPONSE_BODY, FaultKind.DELAY,
        FaultKind.RESET_AFTER_TASK_START};

    public FaultSettings {
        double total = 0;
        for (double p : new double[] {error500, error503, tooManyRequests, resetRequestBody, truncateResponseBody,
            delay, resetAfterTaskStart}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probabilities must be between 0 and 1, got " + p);
            }
            total += p;
        }
        // A small tolerance so that e.g. 0.1 + 0.2 + 0.7 is accepted despite floating-point rounding.
        if (total > 1 + 1e-9) {
            throw new IllegalArgumentException("fault probabilities add up to " + total + ", more than 1");
        }
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
        if (cutAfterBytes < 0) {
            throw new IllegalArgumentException("cutAfterBytes must not be negative");
        }
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delayMillis must not be negative");
        }
        if (pathFilter != null) {
            try {
                Pattern.compile(pathFilter);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("pathFilter is not a regular expression: " + e.getDescription());
            }
        }
    }

    /** No faults. */
    public static FaultSettings none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return builder().error500(error500).error503(error503).tooManyRequests(tooManyRequests)
                .retryAfterSeconds(retryAfterSeconds).resetRequestBody(resetRequestBody)
                .truncateResponseBody(truncateResponseBody).cutAfterBytes(cutAfterBytes).delay(delay)
                .delayMillis(delayMillis).resetAfterTaskStart(resetAfterTaskStart)
                .includeTokenPaths(includeTokenPaths).pathFilter(pathFilter).seed(seed);
    }

    /**
     * The fault for a uniform draw in [0, 1): the probabilities are laid end to end and the draw falls into
     * one of them or past them all (null: no fault).
     */
    FaultKind pick(double draw) {
        double bound = 0;
        for (FaultKind kind : DRAWN) {
            bound += probability(kind);
            if (draw < bound) {
                return kind;
            }
        }
        return null;
    }

    private double probability(FaultKind kind) {
        return switch (kind) {
            case ERROR_500 -> error500;
            case ERROR_503 -> error503;
            case TOO_MANY_REQUESTS -> tooManyRequests;
            case RESET_REQUEST_BODY -> resetRequestBody;
            case TRUNCATE_RESPONSE_BODY -> truncateResponseBody;
            case DELAY -> delay;
            case RESET_AFTER_TASK_START -> resetAfterTaskStart;
            case RATE_LIMITED, TOKENS_REVOKED -> 0;
        };
    }

    /** Builder with every fault off. */
    public static final class Builder {

        private double error500;
        private double error503;
        private double tooManyRequests;
        private int retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS;
        private double resetRequestBody;
        private double truncateResponseBody;
        private int cutAfterBytes = DEFAULT_CUT_AFTER_BYTES;
        private double delay;
        private long delayMillis = DEFAULT_DELAY_MILLIS;
        private double resetAfterTaskStart;
        private boolean includeTokenPaths;
        private String pathFilter;
        private Long seed;

        private Builder() {
        }

        public Builder error500(double probability) {
            this.error500 = probability;
            return this;
        }

        public Builder error503(double probability) {
            this.error503 = probability;
            return this;
        }

        public Builder tooManyRequests(double probability) {
            this.tooManyRequests = probability;
            return this;
        }

        public Builder retryAfterSeconds(int seconds) {
            this.retryAfterSeconds = seconds;
            return this;
        }

        public Builder resetRequestBody(double probability) {
            this.resetRequestBody = probability;
            return this;
        }

        public Builder truncateResponseBody(double probability) {
            this.truncateResponseBody = probability;
            return this;
        }

        public Builder cutAfterBytes(int bytes) {
            this.cutAfterBytes = bytes;
            return this;
        }

        public Builder delay(double probability) {
            this.delay = probability;
            return this;
        }

        public Builder delayMillis(long millis) {
            this.delayMillis = millis;
            return this;
        }

        public Builder resetAfterTaskStart(double probability) {
            this.resetAfterTaskStart = probability;
            return this;
        }

        public Builder includeTokenPaths(boolean value) {
            this.includeTokenPaths = value;
            return this;
        }

        public Builder pathFilter(String regex) {
            this.pathFilter = regex;
            return this;
        }

        public Builder seed(Long value) {
            this.seed = value;
            return this;
        }

        public FaultSettings build() {
            return new FaultSettings(error500, error503, tooManyRequests, retryAfterSeconds, resetRequestBody,
                    truncateResponseBody, cutAfterBytes, delay, delayMillis, resetAfterTaskStart,
                    includeTokenPaths, pathFilter, seed);
        }
    }
}
