package io.github.camelanaplan.simulator.state;

/** A named subset of a list (id prefix 109); items record membership by subset id. */
public record ListSubset(String id, String name) implements Named {
}
