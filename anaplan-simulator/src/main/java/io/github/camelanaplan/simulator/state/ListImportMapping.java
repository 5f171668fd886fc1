package io.github.camelanaplan.simulator.state;

import java.util.Map;

/**
 * Columns feeding a list import.
 *
 * @param nameColumn       column with the item name (required)
 * @param codeColumn       column with the item code, or null
 * @param parentColumn     column naming the parent item (name or code in the parent list), or null
 * @param propertyColumns  property name to column
 */
public record ListImportMapping(String nameColumn, String codeColumn, String parentColumn,
                                Map<String, String> propertyColumns) implements ImportMapping {

    public ListImportMapping {
        propertyColumns = Map.copyOf(propertyColumns);
    }
}
