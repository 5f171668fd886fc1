package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.ListItem;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list whose items are computed from their position instead of stored, so a million-item list for
 * benchmarks costs nothing until it is read. Item {@code n} (1-based) is named {@code Item 0000042}, coded
 * {@code I0000042}, with id {@code firstId + n - 1}.
 */
record GeneratedList(String modelId, String listId, int count, long firstId) implements ListItemSource {

    @Override
    public int size() {
        return count;
    }

    @Override
    public ListItem get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        int number = index + 1;
        return new ListItem(Long.toString(firstId + index), String.format(Locale.ROOT, "Item %07d", number),
                String.format(Locale.ROOT, "I%07d", number), null, Map.of(), Set.of());
    }
}
