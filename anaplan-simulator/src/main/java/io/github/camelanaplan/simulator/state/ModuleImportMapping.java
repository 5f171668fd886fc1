package io.github.camelanaplan.simulator.state;

import java.util.List;
import java.util.Map;

/**
 * Columns feeding a module import.
 *
 * @param dimensions      one source per module dimension
 * @param lineItemColumns line item id to the column holding its values
 */
public record ModuleImportMapping(List<DimensionSource> dimensions, Map<String, String> lineItemColumns)
        implements ImportMapping {

    public ModuleImportMapping {
        dimensions = List.copyOf(dimensions);
        lineItemColumns = Map.copyOf(lineItemColumns);
    }
}
