package io.github.camelanaplan.simulator.state;

/** A workspace; {@code sizeAllowance} is reported with {@code tenantDetails=true}. */
public record Workspace(String id, String name, boolean active, long sizeAllowance) implements Named {
}
