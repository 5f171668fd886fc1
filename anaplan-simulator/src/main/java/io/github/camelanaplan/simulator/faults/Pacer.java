package io.github.camelanaplan.simulator.faults;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a byte stream at or below a rate: after each slice it sleeps until the moment the bytes so far are
 * due at that rate. Measuring from the first byte, not per slice, lets sleep overshoot correct itself.
 * One pacer per stream; not thread-safe, as a stream is read or written by one thread at a time.
 */
final class Pacer {

    /** Large enough to keep the number of sleeps low, small enough that pacing looks smooth on the wire. */
    static final int SLICE = 16 * 1024;

    private final long bytesPerSecond;
    private long start = -1;
    private long bytes;

    Pacer(long bytesPerSecond) {
        if (bytesPerSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive");
        }
        this.bytesPerSecond = bytesPerSecond;
    }

    /** Accounts for {@code count} bytes just transferred and waits until they are due. */
    void transferred(int count) throws InterruptedIOException {
        long now = System.nanoTime();
        if (start < 0) {
            start = now;
        }
        bytes += count;
        long due = start + bytes * TimeUnit.SECONDS.toNanos(1) / bytesPerSecond;
        long wait = due - now;
        if (wait > 0) {
            Sleep.of(Duration.ofNanos(wait));
        }
    }
}
