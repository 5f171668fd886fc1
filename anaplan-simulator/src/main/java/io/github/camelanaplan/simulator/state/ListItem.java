package io.github.camelanaplan.simulator.state;

import java.util.Map;
import java.util.Set;

/**
 * One list item. Immutable: updates replace the item in its list, so concurrent readers always see a
 * consistent item.
 *
 * @param parentId   id of the parent item in the parent list, or null
 * @param properties property name to value, as strings
 * @param subsets    ids of the subsets containing this item
 */
public record ListItem(String id, String name, String code, String parentId, Map<String, String> properties,
                       Set<String> subsets) implements Named {

    public ListItem {
        properties = Map.copyOf(properties);
        subsets = Set.copyOf(subsets);
    }

    public ListItem withProperties(Map<String, String> newProperties) {
        return new ListItem(id, name, code, parentId, newProperties, subsets);
    }
}
