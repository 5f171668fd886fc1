package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.DimensionItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The cartesian product of some dimensions' items, addressed by position (the last dimension varies
 * fastest), so grids and pages can be cut anywhere without enumerating what comes before. No dimensions give
 * one empty combination; a dimension without items gives none.
 */
record Combinations(List<List<DimensionItem>> axes) {

    Combinations {
        axes = List.copyOf(axes);
    }

    long size() {
        long size = 1;
        for (List<DimensionItem> axis : axes) {
            size = Math.multiplyExact(size, axis.size());
        }
        return size;
    }

    /** The items of combination {@code index}, one per dimension. */
    List<DimensionItem> get(long index) {
        List<DimensionItem> result = new ArrayList<>(axes.size());
        for (int i = 0; i < axes.size(); i++) {
            result.add(null);
        }
        long rest = index;
        for (int i = axes.size() - 1; i >= 0; i--) {
            List<DimensionItem> axis = axes.get(i);
            result.set(i, axis.get((int) (rest % axis.size())));
            rest /= axis.size();
        }
        return result;
    }

    static List<String> names(List<DimensionItem> items) {
        return items.stream().map(DimensionItem::name).toList();
    }
}
