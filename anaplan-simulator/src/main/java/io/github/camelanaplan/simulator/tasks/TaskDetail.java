package io.github.camelanaplan.simulator.tasks;

import java.util.List;

/**
 * One entry of {@code result.details}.
 *
 * @param values a flat alternating key/value list, e.g. {@code [hierarchyName, Products, failedCount, 2]}
 */
public record TaskDetail(String type, String localMessageText, int occurrences, List<String> values) {

    public TaskDetail {
        values = List.copyOf(values);
    }

    /** A detail that only carries a message, e.g. why a task failed. */
    public static TaskDetail message(String type, String text) {
        return new TaskDetail(type, text, 0, List.of());
    }
}
