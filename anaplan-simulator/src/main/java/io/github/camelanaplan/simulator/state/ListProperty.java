package io.github.camelanaplan.simulator.state;

/** A list property; values are held as strings on items, as the transactional API reports them. */
public record ListProperty(String name, ValueFormat format) {
}
