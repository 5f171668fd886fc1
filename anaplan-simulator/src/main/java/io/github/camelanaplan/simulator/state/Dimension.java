package io.github.camelanaplan.simulator.state;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Common view of lists, Time, Versions and the Line Items pseudo-dimension, so views, cells and exports can
 * treat every axis alike.
 */
public interface Dimension extends Named {

    /** Items in dimension order. */
    List<DimensionItem> items();

    default Optional<DimensionItem> item(String id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Case-insensitive, as {@code POST .../dimensions/{id}/items} matches names. */
    default Optional<DimensionItem> itemByName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return items().stream().filter(i -> i.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    default Optional<DimensionItem> itemByCode(String code) {
        return items().stream().filter(i -> code.equalsIgnoreCase(i.code())).findFirst();
    }

    /** Resolves an item by id, then name, then code; the order import mappings and seed files use. */
    default Optional<DimensionItem> resolveItem(String idNameOrCode) {
        return item(idNameOrCode).or(() -> itemByName(idNameOrCode)).or(() -> itemByCode(idNameOrCode));
    }
}
