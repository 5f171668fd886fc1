package io.github.camelanaplan.client.transactional;

import java.util.Comparator;
import java.util.List;

/**
 * The aggregated outcome of a cell write over all its requests.
 *
 * @param numberOfCellsChanged cells whose value changed (Anaplan does not count cells written with their current
 *                             value)
 * @param cellsSent            entries sent
 * @param requests             requests used
 * @param failures             rejected entries with their index in the caller's input, in input order
 */
public record CellWriteResult(long numberOfCellsChanged, long cellsSent, int requests, List<ItemFailure> failures) {

    /** Copies and orders the failures. */
    public CellWriteResult {
        failures = failures.stream().sorted(Comparator.comparingLong(ItemFailure::index)).toList();
    }

    /** @return whether no entry was rejected */
    public boolean successful() {
        return failures.isEmpty();
    }
}
