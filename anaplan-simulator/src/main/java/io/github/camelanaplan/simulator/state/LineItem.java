package io.github.camelanaplan.simulator.state;

import java.util.List;

/**
 * A line item (id prefix 206).
 *
 * @param dimensionIds what the line item applies to, in cell-key order: list ids, then optionally
 *                     {@link Dimensions#TIME_ID} and {@link Dimensions#VERSIONS_ID}
 * @param formula      informational only; the simulator has no calculation engine
 */
public record LineItem(String id, String name, String moduleId, ValueFormat format, List<String> dimensionIds,
                       String code, String formula) implements Named {

    public LineItem {
        dimensionIds = List.copyOf(dimensionIds);
    }
}
