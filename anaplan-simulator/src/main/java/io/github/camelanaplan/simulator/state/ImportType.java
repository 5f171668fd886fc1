package io.github.camelanaplan.simulator.state;

/** Import kinds the simulator executes. */
public enum ImportType {
    /** Rows become items of a list. */
    HIERARCHY_DATA,
    /** Rows become cells of a module. */
    MODULE_DATA
}
