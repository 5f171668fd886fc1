package io.github.camelanaplan.simulator.state;

/**
 * What a model is busy with, as {@code GET /models/{id}/status} and {@code modelTransactionRunning} report it.
 *
 * @param taskId     the running task, or null
 * @param currentStep e.g. {@code Processing ...}
 * @param tooltip    e.g. {@code The system is currently processing an Import: Sales from sales.csv}
 * @param progress   0..1
 */
public record ActivityState(String taskId, String currentStep, String tooltip, double progress) {
}
