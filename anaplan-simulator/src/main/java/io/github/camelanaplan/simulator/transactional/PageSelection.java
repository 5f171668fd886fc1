package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.state.DimensionItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page items of one view data request. {@code pages} selectors are {@code dimensionId:itemId}, several
 * per parameter (comma-separated) or in repeated parameters. A dimension that is not on the view's pages axis
 * is answered with Anaplan's {@code Invalid page selector [<dimensionId>]}; an item the dimension does not
 * have, or a selector without a colon, gets the same message naming the whole selector. Page dimensions
 * without a selector show their first item.
 *
 * @param items one per page axis, in axis order; empty when the page dimension has no items at all
 */
record PageSelection(List<DimensionItem> items) {

    PageSelection {
        // Not List.copyOf: an empty page dimension contributes a null item.
        items = java.util.Collections.unmodifiableList(new ArrayList<>(items));
    }

    static PageSelection parse(ViewAxes axes, List<String> parameters) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String parameter : parameters) {
            for (String selector : parameter.split(",")) {
                String trimmed = selector.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                int colon = trimmed.indexOf(':');
                if (colon <= 0 || colon == trimmed.length() - 1) {
                    throw invalid(trimmed);
                }
                chosen.put(trimmed.substring(0, colon).trim(), trimmed.substring(colon + 1).trim());
            }
        }
        for (String dimensionId : chosen.keySet()) {
            if (axes.pages().stream().noneMatch(axis -> axis.id().equals(dimensionId))) {
                throw invalid(dimensionId);
            }
        }
        List<DimensionItem> items = new ArrayList<>();
        for (ViewAxes.Axis axis : axes.pages()) {
            String itemId = chosen.get(axis.id());
            if (itemId == null) {
                items.add(axis.items().isEmpty() ? null : axis.items().get(0));
            } else {
                items.add(axis.items().stream().filter(item -> item.id().equals(itemId)).findFirst()
                        .orElseThrow(() -> invalid(axis.id() + ":" + itemId)));
            }
        }
        return new PageSelection(items);
    }

    /** The first item of every page dimension, the default page. */
    static PageSelection first(ViewAxes axes) {
        return parse(axes, List.of());
    }

    /** False when a page dimension has no items, so there is no page to show. */
    boolean complete() {
        return !items.contains(null);
    }

    List<String> names() {
        return items.stream().map(item -> item == null ? "" : item.name()).toList();
    }

    private static ApiException invalid(String what) {
        return ApiException.badRequest("Invalid page selector [" + what + "]");
    }
}
