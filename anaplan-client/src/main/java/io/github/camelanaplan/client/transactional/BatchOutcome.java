package io.github.camelanaplan.client.transactional;

import java.util.List;

/** What one list-write request (with any reconciling re-send) did, failures already at input indexes. */
record BatchOutcome(long added, long updated, long deleted, long ignored, long total, List<ItemFailure> failures) {
}
