package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.CellValues;
import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.ListProperty;
import io.github.camelanaplan.simulator.state.ListSubset;
import io.github.camelanaplan.simulator.state.Model;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates and applies the {@code parent}, {@code properties} and {@code subsets} of a list item write entry.
 * Only what an entry names changes; everything else keeps its current value, as Anaplan's update does.
 * Property values are stored in their canonical text (numbers without trailing zeros, {@code true}/{@code false},
 * ISO dates, list item names) so reads look the same whatever a client sent.
 */
final class ItemAttributes {

    private final Model model;
    private final AnaplanList list;
    private final AnaplanList parentList;

    ItemAttributes(Model model, AnaplanList list) {
        this.model = model;
        this.list = list;
        this.parentList = list.parentListId() == null ? null : model.lists().byId(list.parentListId()).orElse(null);
    }

    /** The parent item id after applying the entry's {@code parent} (name, code or id); blank removes it. */
    String parent(JsonNode entry, String currentParentId) throws ItemRejected {
        String parent = JsonFields.text(entry, "parent");
        if (parent == null) {
            return currentParentId;
        }
        if (parent.isBlank()) {
            return null;
        }
        if (parentList == null) {
            throw new ItemRejected(FailureTypes.UNKNOWN_PARENT,
                    "invalid parent -- list " + list.name() + " has no parent list, value:" + parent);
        }
        return parentList.store().byId(parent)
                .or(() -> parentList.store().byName(parent))
                .or(() -> parentList.store().byCode(parent))
                .map(ListItem::id)
                .orElseThrow(() -> new ItemRejected(FailureTypes.UNKNOWN_PARENT,
                        "invalid parent -- no item " + parent + " in list " + parentList.name()));
    }

    Map<String, String> properties(JsonNode entry, Map<String, String> current) throws ItemRejected {
        JsonNode properties = entry.get("properties");
        if (properties == null || properties.isNull()) {
            return current;
        }
        if (!properties.isObject()) {
            throw ItemRejected.incorrectFormat("properties", properties.toString());
        }
        Map<String, String> result = new LinkedHashMap<>(current);
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            ListProperty property = list.property(field.getKey()).orElseThrow(() ->
                    new ItemRejected(FailureTypes.UNKNOWN_COLUMN, "unknown property -- column name:" + field.getKey()));
            String value = field.getValue().isNull() ? "" : field.getValue().asText();
            String canonical = canonical(property, value);
            if (canonical.isEmpty()) {
                result.remove(property.name());
            } else {
                result.put(property.name(), canonical);
            }
        }
        return result;
    }

    Set<String> subsets(JsonNode entry, Set<String> current) throws ItemRejected {
        JsonNode subsets = entry.get("subsets");
        if (subsets == null || subsets.isNull()) {
            return current;
        }
        if (!subsets.isObject()) {
            throw ItemRejected.incorrectFormat("subsets", subsets.toString());
        }
        Set<String> result = new HashSet<>(current);
        for (Iterator<Map.Entry<String, JsonNode>> it = subsets.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            ListSubset subset = subset(field.getKey()).orElseThrow(() ->
                    new ItemRejected(FailureTypes.UNKNOWN_COLUMN, "unknown subset -- column name:" + field.getKey()));
            String value = field.getValue().asText().trim().toLowerCase(Locale.ROOT);
            switch (value) {
                case "true" -> result.add(subset.id());
                case "false" -> result.remove(subset.id());
                default -> throw ItemRejected.incorrectFormat(field.getKey(), field.getValue().asText());
            }
        }
        return result;
    }

    private String canonical(ListProperty property, String value) throws ItemRejected {
        try {
            Object parsed = CellValues.parse(property.format(), value, model);
            return parsed == null ? "" : CellValues.format(property.format(), parsed, model);
        } catch (IllegalArgumentException e) {
            throw ItemRejected.incorrectFormat(property.name(), value);
        }
    }

    private Optional<ListSubset> subset(String name) {
        return list.subsets().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }
}
