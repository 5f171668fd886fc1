package io.github.camelanaplan.simulator.tasks;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The records of a {@link CsvReader}, decoded and split on a thread of their own a few batches ahead of the
 * importer, so that a large import uses two cores: one reads text, the other resolves items and stages values.
 * Records come out in file order with their record numbers. Closing stops the reading thread and waits for it;
 * the reader itself stays open, its owner closes it.
 */
final class ReadAheadRecords implements Closeable {

    private static final int BATCH = 1024;
    private static final int BATCHES_AHEAD = 8;

    private final CsvReader reader;
    private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private volatile boolean closed;
    private Batch current = new Batch(List.of(), 1, false, null);
    private int index;

    /** Records read so far, numbered from {@code first}; {@code last} or a failure ends the stream. */
    private record Batch(List<List<String>> records, long first, boolean last, Throwable failure) {
    }

    /**
     * @param reader read from the new thread only, from here on
     * @param name   name of the reading thread
     */
    ReadAheadRecords(CsvReader reader, String name) {
        this.reader = reader;
        this.thread = new Thread(this::readAll, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        while (index == current.records().size()) {
            if (current.failure() != null) {
                throw current.failure() instanceof IOException io ? io
                        : new IOException("reading the source failed: " + current.failure(), current.failure());
            }
            if (current.last()) {
                return null;
            }
            try {
                current = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for source records");
            }
            index = 0;
        }
        return current.records().get(index++);
    }

    /** 1-based number of the record {@link #next()} returned last. */
    long recordNumber() {
        return current.first() + index - 1;
    }

    private void readAll() {
        long first = reader.recordNumber() + 1;
        List<List<String>> records = new ArrayList<>(BATCH);
        try {
            while (!closed) {
                List<String> record = reader.next();
                if (record == null) {
                    hand(new Batch(records, first, true, null));
                    return;
                }
                for (String field : record) {
                    // a String keeps its hash once computed: the importer's item lookups then find it ready
                    field.hashCode();
                }
                records.add(record);
                if (records.size() == BATCH) {
                    hand(new Batch(records, first, false, null));
                    first += BATCH;
                    records = new ArrayList<>(BATCH);
                }
            }
        } catch (Throwable t) {
            // the records read before the failure still come first
            hand(new Batch(records, first, true, t));
        }
    }

    /** Waits for room, giving up once the consumer has closed. */
    private void hand(Batch batch) {
        try {
            while (!closed && !ready.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the importer is busy; wait for it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        ready.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
