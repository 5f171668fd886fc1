package io.github.camelanaplan.simulator.state;

/** Anything Anaplan lists by id and name; clients resolve objects by either, so registries index both. */
public interface Named {

    String id();

    String name();

    /** Optional short code; null when unset (Anaplan then omits it). */
    default String code() {
        return null;
    }
}
