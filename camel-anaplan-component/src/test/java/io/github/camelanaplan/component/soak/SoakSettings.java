package io.github.camelanaplan.component.soak;

import java.time.Duration;

import io.github.camelanaplan.simulator.faults.FaultSettings;

/**
 * What one soak run does. The short version runs in every build; {@code -Psoak} sets {@code soak.long=true} for the
 * long one. Single values can be overridden with {@code soak.roundTrips}, {@code soak.fileBytes},
 * {@code soak.tokenRevocationSeconds} and {@code soak.seed}.
 *
 * <p>The fault profile is issue 6's: 5 % 503, 3 % 429 with {@code Retry-After: 1}, 1 % connection reset in the middle
 * of a body (both directions: an upload cut while the server reads it, a download cut while the client reads it),
 * 1 % reset after the server accepted a task start, tokens revoked every 30 s, and bursts of model busy. The short
 * version keeps the percentages of the common faults but scales the rare ones up so that a run of 20 round trips
 * (about 40 task starts and 100 requests with a body) actually meets them: tokens every 5 s, task-start resets on
 * 10 % of task starts, request-body resets on 3 % of requests with a body.
 */
record SoakSettings(String label, int roundTrips, long fileBytes, Duration tokenRevocation, FaultSettings faults,
                    Duration burstGapMin, Duration burstGapMax, Duration burstHoldMin, Duration burstHoldMax,
                    long seed) {

    static SoakSettings fromSystemProperties() {
        boolean longVersion = Boolean.getBoolean("soak.long");
        int roundTrips = Integer.getInteger("soak.roundTrips", longVersion ? 200 : 20);
        long fileBytes = Long.getLong("soak.fileBytes", (longVersion ? 10L : 1L) * 1024 * 1024);
        Duration revocation = Duration.ofSeconds(Long.getLong("soak.tokenRevocationSeconds", longVersion ? 30 : 5));
        FaultSettings faults = FaultSettings.builder()
                .error503(0.05)
                .tooManyRequests(0.03).retryAfterSeconds(1)
                .resetRequestBody(longVersion ? 0.01 : 0.03)
                .truncateResponseBody(0.01)
                .resetAfterTaskStart(longVersion ? 0.01 : 0.10)
                .build();
        long seed = Long.getLong("soak.seed", System.currentTimeMillis());
        return new SoakSettings(longVersion ? "long" : "short", roundTrips, fileBytes, revocation, faults,
                Duration.ofSeconds(longVersion ? 5 : 8), Duration.ofSeconds(longVersion ? 10 : 12), Duration.ofSeconds(1),
                Duration.ofSeconds(2), seed);
    }

    String describe() {
        return ("%s version: %d round trips of %.1f MB; faults per request: 503 %.0f%%, 429 %.0f%% (Retry-After %d s),"
               + " request-body reset %.0f%%, response-body cut %.0f%%, reset after task start %.0f%% of task starts;"
               + " tokens revoked every %d s; model busy for %d-%d s every %d-%d s; seed %d")
                .formatted(label, roundTrips, fileBytes / 1048576.0, faults.error503() * 100,
                        faults.tooManyRequests() * 100, faults.retryAfterSeconds(), faults.resetRequestBody() * 100,
                        faults.truncateResponseBody() * 100, faults.resetAfterTaskStart() * 100,
                        tokenRevocation.toSeconds(), burstHoldMin.toSeconds(), burstHoldMax.toSeconds(),
                        burstGapMin.toSeconds(), burstGapMax.toSeconds(), seed);
    }
}
