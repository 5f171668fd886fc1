package io.github.camelanaplan.client.transactional;

import java.util.ArrayList;
import java.util.List;

/** Sums batch outcomes from several threads. */
final class ListWriteAccumulator {

    private long added;
    private long updated;
    private long deleted;
    private long ignored;
    private long total;
    private int batches;
    private final List<ItemFailure> failures = new ArrayList<>();

    synchronized void add(BatchOutcome outcome) {
        added += outcome.added();
        updated += outcome.updated();
        deleted += outcome.deleted();
        ignored += outcome.ignored();
        total += outcome.total();
        batches++;
        failures.addAll(outcome.failures());
    }

    synchronized ListWriteResult result() {
        return new ListWriteResult(added, updated, deleted, ignored, total, batches, new ArrayList<>(failures));
    }
}
