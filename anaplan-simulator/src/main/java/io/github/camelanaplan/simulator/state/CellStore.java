package io.github.camelanaplan.simulator.state;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sparse cell values of a model. Only non-default values are stored; an absent cell reads as the format's
 * default (0, empty text, false, blank date/list).
 *
 * <p>Value types by {@link DataFormat}: NUMBER {@link Double}, TEXT {@link String}, BOOLEAN
 * {@link Boolean}, DATE {@link java.time.LocalDate}, LIST the item id as {@link String}.
 */
public final class CellStore {

    private final Map<CellKey, Object> cells = new ConcurrentHashMap<>();

    public Optional<Object> get(CellKey key) {
        return Optional.ofNullable(cells.get(key));
    }

    /** Stores a value; null removes the cell (back to its default). */
    public void put(CellKey key, Object value) {
        if (value == null) {
            cells.remove(key);
        } else {
            cells.put(key, value);
        }
    }

    /** Drops every cell addressed by an item, e.g. after the item was deleted from its list. */
    public void removeItem(String itemId) {
        cells.keySet().removeIf(key -> key.itemIds().contains(itemId));
    }

    /** Drops every cell addressed by any of the items, in one pass; for deletes of many items at once. */
    public void removeItems(java.util.Set<String> itemIds) {
        if (itemIds.isEmpty()) {
            return;
        }
        cells.keySet().removeIf(key -> key.itemIds().stream().anyMatch(itemIds::contains));
    }

    /** A snapshot of one line item's stored cells. */
    public Map<CellKey, Object> lineItem(String lineItemId) {
        Map<CellKey, Object> result = new java.util.HashMap<>();
        cells.forEach((key, value) -> {
            if (key.lineItemId().equals(lineItemId)) {
                result.put(key, value);
            }
        });
        return result;
    }

    public int size() {
        return cells.size();
    }
}
