package io.github.camelanaplan.simulator.state;

import java.util.List;

/** The Versions dimension (id {@value Dimensions#VERSIONS_ID}). */
public record VersionsDimension(List<Version> versions) implements Dimension {

    public VersionsDimension {
        versions = List.copyOf(versions);
    }

    @Override
    public String id() {
        return Dimensions.VERSIONS_ID;
    }

    @Override
    public String name() {
        return "Versions";
    }

    @Override
    public List<DimensionItem> items() {
        return versions.stream().map(v -> new DimensionItem(v.id(), v.name(), v.code())).toList();
    }
}
