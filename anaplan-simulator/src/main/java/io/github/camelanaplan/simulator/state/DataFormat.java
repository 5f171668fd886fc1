package io.github.camelanaplan.simulator.state;

/** Formats of list properties and line items that the simulator models. */
public enum DataFormat {
    NUMBER,
    TEXT,
    BOOLEAN,
    DATE,
    /** Values are items of another list; see {@link ValueFormat#listId()}. */
    LIST,
    /** A line item without values (a heading). */
    NO_DATA
}
