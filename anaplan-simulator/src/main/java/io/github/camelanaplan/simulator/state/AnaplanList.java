package io.github.camelanaplan.simulator.state;

import java.util.List;

/**
 * A list (id prefix 101). Its definition is fixed after seeding; its items change through imports, delete
 * actions and the transactional API.
 *
 * @param parentListId the list whose items parent this list's items, or null for a flat list
 * @param numbered     numbered lists generate item names and are identified by code
 * @param store        the mutable item store, for writers (imports, delete actions, transactional API)
 */
public record AnaplanList(String id, String name, String code, String parentListId, boolean numbered,
                          List<ListProperty> properties, List<ListSubset> subsets, ListItems store)
        implements Dimension {

    public AnaplanList {
        properties = List.copyOf(properties);
        subsets = List.copyOf(subsets);
    }

    @Override
    public List<DimensionItem> items() {
        return store.all().stream().map(i -> new DimensionItem(i.id(), i.name(), i.code())).toList();
    }

    public java.util.Optional<ListProperty> property(String name) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }
}
