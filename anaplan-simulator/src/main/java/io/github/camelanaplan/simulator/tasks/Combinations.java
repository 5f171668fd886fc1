package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.DimensionItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks every combination of items of several dimensions, the last dimension changing fastest (the row
 * order of a tabular export). Nothing is materialised beyond the current combination.
 */
final class Combinations {

    private Combinations() {
    }

    static void forEach(List<List<DimensionItem>> axes, Consumer<List<DimensionItem>> action) {
        for (List<DimensionItem> axis : axes) {
            if (axis.isEmpty()) {
                return;
            }
        }
        int[] positions = new int[axes.size()];
        List<DimensionItem> current = new ArrayList<>(axes.size());
        for (List<DimensionItem> axis : axes) {
            current.add(axis.get(0));
        }
        while (true) {
            action.accept(List.copyOf(current));
            int axis = axes.size() - 1;
            while (axis >= 0) {
                positions[axis]++;
                if (positions[axis] < axes.get(axis).size()) {
                    current.set(axis, axes.get(axis).get(positions[axis]));
                    break;
                }
                positions[axis] = 0;
                current.set(axis, axes.get(axis).get(0));
                axis--;
            }
            if (axis < 0) {
                return;
            }
        }
    }
}
