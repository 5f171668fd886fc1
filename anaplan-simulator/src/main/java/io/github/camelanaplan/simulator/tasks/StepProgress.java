package io.github.camelanaplan.simulator.tasks;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far an action has got while it prepares: an import's bytes read of its source's size and the rows seen,
 * or an export's rows written of the rows it will write. The task's progress is derived from it, so a long
 * import or export moves forward while it works, as Anaplan's does.
 *
 * <p>Bytes are counted on the thread that reads ahead and rows on the worker, so both are atomic.
 */
final class StepProgress {

    /** Work done and to do, in bytes of the source for an import, in rows for an export; total -1 while unknown. */
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private volatile long total = -1;

    /**
     * @param in   the source
     * @param size its length in bytes
     * @return {@code in}, counting what is read from it
     */
    InputStream counting(InputStream in, long size) {
        this.total = size;
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    done.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    done.addAndGet(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                done.addAndGet(Math.max(0, skipped));
                return skipped;
            }
        };
    }

    void rowsRead(long count) {
        rows.set(count);
    }

    /** An action that writes a known number of rows: progress is the share of them written. */
    void expectRows(long total) {
        done.set(0);
        rows.set(0);
        this.total = total;
    }

    void rowsWritten(long count) {
        done.set(count);
        rows.set(count);
    }

    /** @return the share of the work done, 0..1, or NaN while the step has not said how much there is */
    double fraction() {
        long all = total;
        if (all < 0) {
            return Double.NaN;
        }
        return all == 0 ? 1 : Math.min(1, (double) done.get() / all);
    }

    /** @return the rows the whole step will handle, extrapolated from the rows so far and the share done */
    long estimatedRows() {
        double fraction = fraction();
        long seen = rows.get();
        return fraction > 0 && !Double.isNaN(fraction) ? (long) (seen / fraction) : seen;
    }
}
