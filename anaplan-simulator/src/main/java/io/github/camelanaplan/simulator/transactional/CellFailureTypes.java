package io.github.camelanaplan.simulator.transactional;

/**
 * {@code failureType} values of module cell writes. Anaplan's help shows {@code cellIsCalculated}; the others
 * follow its camel-case style and are the simulator's own names (the real list is not published).
 */
final class CellFailureTypes {

    static final String LINE_ITEM_NOT_FOUND = "lineItemNotFound";
    static final String DIMENSION_NOT_FOUND = "dimensionNotFound";
    static final String ITEM_NOT_FOUND = "itemNotFound";
    /** Dimensions missing, repeated, or not ones the line item has. */
    static final String INVALID_DIMENSIONS = "invalidDimensions";
    static final String INVALID_VALUE = "invalidValue";
    static final String NULL_VALUE = "nullValue";
    /** Line items with a formula are calculated and cannot be written. */
    static final String CELL_IS_CALCULATED = "cellIsCalculated";

    private CellFailureTypes() {
    }
}
