package io.github.camelanaplan.simulator.tasks;

import java.util.Locale;

/** The four kinds of runnable model objects, each with its URL segment (clients route by id prefix to it). */
public enum ActionKind {
    IMPORT("imports", "Import"),
    EXPORT("exports", "Export"),
    PROCESS("processes", "Process"),
    ACTION("actions", "Action");

    private final String segment;
    private final String label;

    ActionKind(String segment, String label) {
        this.segment = segment;
        this.label = label;
    }

    /** The path segment, e.g. {@code imports}. */
    public String segment() {
        return segment;
    }

    /** How the model status tooltip names it, e.g. {@code Import}. */
    public String label() {
        return label;
    }

    public String lowerLabel() {
        return label.toLowerCase(Locale.ROOT);
    }
}
