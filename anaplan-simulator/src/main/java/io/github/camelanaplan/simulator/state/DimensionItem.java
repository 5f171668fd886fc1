package io.github.camelanaplan.simulator.state;

/** An item of any dimension (list item, time period, version, line item) as the metadata API lists it. */
public record DimensionItem(String id, String name, String code) implements Named {
}
