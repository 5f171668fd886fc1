package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.ListItem;
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
        String digits = padded(number);
        return new ListItem(Long.toString(firstId + index), "Item " + digits, "I" + digits, null, Map.of(),
                Set.of());
    }

    /** Seven digits, zero-padded; cheaper than String.format on the million-row paths. */
    private static String padded(int number) {
        String digits = Integer.toString(number);
        return digits.length() >= 7 ? digits : "0000000".substring(digits.length()) + digits;
    }
}
