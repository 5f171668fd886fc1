package io.github.camelanaplan.examples;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for an asynchronous outcome of the routes (a file written, a task reported) without a fixed sleep. */
final class Eventually {

    private Eventually() {
    }

    /**
     * Polls {@code condition} until it holds.
     *
     * @param what      what is awaited, for the failure message
     * @param timeout   how long to wait at most
     * @param condition the outcome
     * @throws AssertionError when the condition still fails after {@code timeout}
     */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
