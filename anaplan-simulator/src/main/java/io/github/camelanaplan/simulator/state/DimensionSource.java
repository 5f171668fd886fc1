package io.github.camelanaplan.simulator.state;

/**
 * Where a module import takes one dimension's item from.
 *
 * @param column     for {@link Kind#COLUMN}: the column holding item names or codes
 * @param fixedItemId for {@link Kind#FIXED}: the item used for every row
 */
public record DimensionSource(String dimensionId, Kind kind, String column, String fixedItemId) {

    public enum Kind {
        /** Read from a source column, matching item name or code. */
        COLUMN,
        /** Always the same item. */
        FIXED,
        /** Taken from the task's {@code mappingParameters} (entityType = dimension name). */
        MAPPING_PARAMETER
    }

    public static DimensionSource column(String dimensionId, String column) {
        return new DimensionSource(dimensionId, Kind.COLUMN, column, null);
    }

    public static DimensionSource fixed(String dimensionId, String itemId) {
        return new DimensionSource(dimensionId, Kind.FIXED, null, itemId);
    }

    public static DimensionSource mappingParameter(String dimensionId) {
        return new DimensionSource(dimensionId, Kind.MAPPING_PARAMETER, null, null);
    }
}
