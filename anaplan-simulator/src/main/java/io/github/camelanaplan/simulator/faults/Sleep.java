package io.github.camelanaplan.simulator.faults;

import java.io.InterruptedIOException;
import java.time.Duration;

/** Pauses a request thread; an interrupt (server shutdown) ends the request as an I/O failure. */
final class Sleep {

    private Sleep() {
    }

    static void of(Duration duration) throws InterruptedIOException {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while delaying a request");
        }
    }
}
