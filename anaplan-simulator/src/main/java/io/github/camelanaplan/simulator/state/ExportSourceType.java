package io.github.camelanaplan.simulator.state;

/** What an export reads. */
public enum ExportSourceType {
    LIST,
    MODULE,
    VIEW
}
