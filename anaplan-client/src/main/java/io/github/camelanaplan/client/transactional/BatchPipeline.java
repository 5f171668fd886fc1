package io.github.camelanaplan.client.transactional;

import io.github.camelanaplan.client.error.AnaplanException;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs list-write batches on an executor with at most {@code inFlight} of them running or queued at once, so the
 * caller's input is read only as fast as batches complete. The first whole-request failure stops further submissions.
 */
final class BatchPipeline {

    private final ExecutorService executor;
    private final int inFlight;
    private final Semaphore permits;
    private final ListWriteAccumulator results = new ListWriteAccumulator();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final String label;

    BatchPipeline(ExecutorService executor, int inFlight, String label) {
        this.executor = executor;
        this.inFlight = inFlight;
        this.permits = new Semaphore(inFlight);
        this.label = label;
    }

    /** @return false once a batch failed: the caller stops reading its input */
    boolean healthy() {
        return failure.get() == null;
    }

    /** Blocks until a slot is free, then runs the batch in the background. */
    void submit(Callable<BatchOutcome> batch) {
        acquire(1);
        if (!healthy()) {
            permits.release();
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    results.add(batch.call());
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } catch (Exception e) {
                    failure.compareAndSet(null, new AnaplanException(label + " failed: " + e, e));
                } finally {
                    permits.release();
                }
            });
        } catch (RuntimeException rejected) {
            permits.release();
            throw rejected;
        }
    }

    /**
     * Waits for the batches in flight.
     *
     * @return the aggregated result
     * @throws ListWriteException when a batch failed as a whole
     */
    ListWriteResult finish() {
        acquire(inFlight);
        permits.release(inFlight);
        RuntimeException failed = failure.get();
        if (failed != null) {
            AnaplanException cause = failed instanceof AnaplanException a ? a : new AnaplanException(failed.toString(),
                    failed);
            throw new ListWriteException(label + " stopped: " + cause.getMessage(), cause, results.result());
        }
        return results.result();
    }

    private void acquire(int count) {
        try {
            permits.acquire(count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnaplanException(label + " was interrupted", e);
        }
    }
}
