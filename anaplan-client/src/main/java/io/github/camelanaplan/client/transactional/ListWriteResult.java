package io.github.camelanaplan.client.transactional;

import java.util.Comparator;
import java.util.List;

/**
 * The aggregated outcome of a list write over all its batches.
 *
 * @param added    items added
 * @param updated  items updated
 * @param deleted  items deleted
 * @param ignored  entries Anaplan ignored (rejected); each has a failure
 * @param total    entries sent
 * @param batches  requests that carried the entries (re-sends after reconciliation not counted)
 * @param failures rejected entries, ordered by their index in the input
 */
public record ListWriteResult(long added, long updated, long deleted, long ignored, long total, int batches,
                              List<ItemFailure> failures) {

    /** Copies and orders the failures. */
    public ListWriteResult {
        failures = failures.stream().sorted(Comparator.comparingLong(ItemFailure::index)).toList();
    }

    /** @return whether every entry was applied */
    public boolean successful() {
        return failures.isEmpty();
    }
}
