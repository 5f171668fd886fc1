package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.Dimension;
import io.github.camelanaplan.simulator.state.DimensionItem;
import io.github.camelanaplan.simulator.state.Dimensions;
import io.github.camelanaplan.simulator.state.ListItem;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a dimension item from source text, by name or code. Lists use their indexes; Time and Versions,
 * being small and fixed, are indexed once. Module imports resolve every row through this, so it must be
 * cheap for large files.
 */
final class DimensionLookup {

    private final Dimension dimension;
    private final AnaplanList list;
    private final Map<String, String> fixedItems = new HashMap<>();

    DimensionLookup(Dimension dimension) {
        this.dimension = dimension;
        this.list = dimension instanceof AnaplanList anaplanList ? anaplanList : null;
        if (list == null) {
            for (DimensionItem item : dimension.items()) {
                fixedItems.putIfAbsent(key(item.name()), item.id());
                if (item.code() != null && !item.code().isEmpty()) {
                    fixedItems.putIfAbsent(key(item.code()), item.id());
                }
            }
        }
    }

    Dimension dimension() {
        return dimension;
    }

    Optional<String> find(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (list != null) {
            return list.store().byName(text).or(() -> list.store().byCode(text)).map(ListItem::id);
        }
        return Optional.ofNullable(fixedItems.get(key(text)));
    }

    /** The rejection message for text that names no item, e.g. {@code Invalid list item: Widget X}. */
    String invalid(String text) {
        if (Dimensions.TIME_ID.equals(dimension.id())) {
            return "Invalid time period: " + text;
        }
        if (Dimensions.VERSIONS_ID.equals(dimension.id())) {
            return "Invalid version: " + text;
        }
        return "Invalid list item: " + text;
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
