package io.github.camelanaplan.simulator.state;

import java.util.EnumMap;
import java.util.Map;

/**
 * Allocates model object ids per prefix: {@code prefix + 9-digit sequence}, starting at 1. Ids are
 * deterministic for a given model file, which keeps docs and test expectations stable.
 */
public final class ModelIds {

    private static final long SPAN = 1_000_000_000L;

    private final Map<IdPrefix, Long> last = new EnumMap<>(IdPrefix.class);

    public synchronized String next(IdPrefix prefix) {
        long sequence = last.getOrDefault(prefix, 0L) + 1;
        last.put(prefix, sequence);
        return format(prefix, sequence);
    }

    /** Marks an explicitly chosen id as used so generated ids never collide with it. */
    public synchronized void reserve(String id) {
        IdPrefix prefix = IdPrefix.of(id);
        if (prefix == null) {
            return;
        }
        long sequence = Long.parseLong(id) - prefix.prefix() * SPAN;
        last.merge(prefix, sequence, Math::max);
    }

    private static String format(IdPrefix prefix, long sequence) {
        return Long.toString(prefix.prefix() * SPAN + sequence);
    }
}
