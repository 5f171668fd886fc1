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
    /** Enough for the texts of every item of a large list; rows naming more items still resolve, just slower. */
    private static final int MAX_REMEMBERED = 100_000;

    private final Map<String, String> fixedItems = new HashMap<>();
    /**
     * Texts already resolved, exactly as the source wrote them. A file names the same items on millions of rows,
     * and an import holds the model's data lock, so list items cannot change while one lookup lives.
     */
    private final Map<String, String> resolved = new HashMap<>();

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
        String known = resolved.get(text);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = list != null
                ? list.store().byName(text).or(() -> list.store().byCode(text)).map(ListItem::id)
                : Optional.ofNullable(fixedItems.get(key(text)));
        if (found.isPresent() && resolved.size() < MAX_REMEMBERED) {
            resolved.put(text, found.get());
        }
        return found;
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
