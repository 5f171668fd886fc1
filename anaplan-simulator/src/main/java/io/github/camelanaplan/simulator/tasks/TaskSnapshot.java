package io.github.camelanaplan.simulator.tasks;

/**
 * A consistent copy of a task's state at one moment, what the task endpoints render.
 *
 * @param result null until the task is COMPLETE or CANCELLED
 */
public record TaskSnapshot(String taskId, String modelId, ActionKind kind, String actionId, String userId,
                           TaskState state, long creationTime, double progress, String currentStep,
                           TaskResult result) {
}
