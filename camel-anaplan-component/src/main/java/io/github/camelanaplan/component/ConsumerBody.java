package io.github.camelanaplan.component;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the task consumer puts in the body of each exchange. */
public enum ConsumerBody {
    /** The task's {@link io.github.camelanaplan.client.task.TaskStatus}. */
    STATUS,
    /**
     * The failure dump as a stream: an import's dump, or for a process a {@code Map} of dumps keyed by the failing
     * action's id. Null when the task has none.
     */
    DUMP,
    /** An export's output file as a stream, fetched when the task completed successfully; null otherwise. */
    OUTPUT;

    /**
     * @throws IllegalArgumentException naming the option and the valid values
     */
    public static ConsumerBody fromOption(String value) {
        if (value == null || value.isBlank()) {
            return STATUS;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid consumerBody '" + value + "'. Valid values: "
                                               + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT))
                                                       .collect(Collectors.joining(", ")));
        }
    }
}
