package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.Model;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each list's item index ({@code nextItemIndex} in list metadata): it grows with every added item and only
 * {@code resetIndex} on an empty list brings it back to 1. Numbered lists name new items {@code #<index>}.
 *
 * <p>Items also arrive through imports, which do not report here, so the index never falls below
 * {@code item count + 1}.
 */
final class ListIndexes {

    private final Map<String, Long> next = new ConcurrentHashMap<>();

    synchronized long peek(Model model, AnaplanList list) {
        return Math.max(next.getOrDefault(key(model, list), 1L), list.store().size() + 1L);
    }

    /** Claims the index for a new item. */
    synchronized long claim(Model model, AnaplanList list) {
        long claimed = peek(model, list);
        next.put(key(model, list), claimed + 1);
        return claimed;
    }

    synchronized void reset(Model model, AnaplanList list) {
        next.put(key(model, list), 1L);
    }

    private static String key(Model model, AnaplanList list) {
        return model.id() + '/' + list.id();
    }
}
