package io.github.camelanaplan.simulator.tasks;

import java.time.Instant;

/** A record of one task start, for tests that check a client started an action exactly once. */
public record TaskStart(String taskId, String modelId, ActionKind kind, String actionId, String userId,
                        Instant creationTime) {
}
