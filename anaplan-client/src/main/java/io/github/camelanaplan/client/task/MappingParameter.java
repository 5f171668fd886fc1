package io.github.camelanaplan.client.task;

import java.util.Objects;

/**
 * Answers an import's runtime question about which item to map to, e.g. {@code Version = Actual}.
 *
 * @param entityType the dimension asked about, e.g. {@code Version}
 * @param entityName the item to use, e.g. {@code Actual}
 */
public record MappingParameter(String entityType, String entityName) {

    /**
     * Validates and normalises the components.
     *
     * @param entityType the dimension asked about, e.g. {@code Version}
     * @param entityName the item to use, e.g. {@code Actual}
     */
    public MappingParameter {
        Objects.requireNonNull(entityType, "mapping parameter entityType is required");
        Objects.requireNonNull(entityName, "mapping parameter entityName is required");
    }
}
