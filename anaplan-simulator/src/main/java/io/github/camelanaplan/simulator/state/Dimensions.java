package io.github.camelanaplan.simulator.state;

/** Fixed ids of Anaplan's built-in dimensions. */
public final class Dimensions {

    public static final String TIME_ID = "20000000003";
    public static final String VERSIONS_ID = "20000000020";
    /** The Line Items pseudo-dimension that appears on view axes. */
    public static final String LINE_ITEMS_ID = "20000000012";

    private Dimensions() {
    }
}
