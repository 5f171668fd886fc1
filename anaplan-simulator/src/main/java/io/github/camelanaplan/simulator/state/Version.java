package io.github.camelanaplan.simulator.state;

/** A version (id prefix 107), e.g. {@code Actual} or {@code Forecast}. */
public record Version(String id, String name, String code, boolean actual, boolean current) implements Named {
}
