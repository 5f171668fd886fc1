package io.github.camelanaplan.simulator.tasks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * The single run slot of one model: at most one task runs, the others wait in FIFO order, and a hold (a
 * simulated long operation) can block the slot for a while. Requests that must not run while the model is
 * busy wait on this object's monitor. Times are {@link System#nanoTime()} values.
 */
final class ModelSlot {

    private final Deque<Task> waiting = new ArrayDeque<>();
    private final Deque<String> injectedFailures = new ArrayDeque<>();
    private Task running;
    private boolean holding;
    private long holdUntil;

    /** The task to launch and the failure injected for it (null for a normal run). */
    record Claim(Task task, String failure) {
    }

    synchronized void enqueue(Task task) {
        waiting.add(task);
    }

    /** Takes a queued task out (it was cancelled before it started); false when it was no longer queued. */
    synchronized boolean withdraw(Task task) {
        boolean removed = waiting.remove(task);
        if (removed) {
            notifyAll();
        }
        return removed;
    }

    /** The next task to launch, if the slot is free and not held; it then counts as running. */
    synchronized Claim claim(long now) {
        if (running != null || holdRemaining(now) > 0) {
            return null;
        }
        Task next;
        while ((next = waiting.poll()) != null) {
            if (next.state() == TaskState.NOT_STARTED) {
                running = next;
                return new Claim(next, injectedFailures.poll());
            }
        }
        notifyAll();
        return null;
    }

    synchronized void release(Task task) {
        if (running == task) {
            running = null;
        }
        notifyAll();
    }

    synchronized Task running() {
        return running;
    }

    synchronized boolean busy(long now) {
        return occupied() || holdRemaining(now) > 0;
    }

    /**
     * A task holds the slot until it reaches a final state; from then on requests need not wait, although
     * the engine may not have released the slot yet (a client that saw COMPLETE must not get a 409).
     */
    private boolean occupied() {
        return running != null && !running.state().terminal();
    }

    synchronized void hold(long until) {
        holding = true;
        holdUntil = until;
        notifyAll();
    }

    /** Nanoseconds the hold still lasts, 0 when there is none. */
    synchronized long holdRemaining(long now) {
        if (!holding) {
            return 0;
        }
        long remaining = holdUntil - now;
        if (remaining <= 0) {
            holding = false;
            return 0;
        }
        return remaining;
    }

    synchronized void injectFailure(String message) {
        injectedFailures.add(message);
    }

    /** Waits until nothing runs and no hold is active; false when the timeout passed first. */
    synchronized boolean awaitFree(long timeoutNanos) throws InterruptedException {
        return await(timeoutNanos, false);
    }

    /** Waits until nothing runs, nothing is queued and no hold is active. */
    synchronized boolean awaitIdle(long timeoutNanos) throws InterruptedException {
        return await(timeoutNanos, true);
    }

    private boolean await(long timeoutNanos, boolean includeQueue) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            long now = System.nanoTime();
            long hold = holdRemaining(now);
            boolean free = includeQueue ? running == null && waiting.isEmpty() : !occupied();
            if (free && hold == 0) {
                return true;
            }
            long left = deadline - now;
            if (left <= 0) {
                return false;
            }
            // A hold ends by time alone, with nobody to notify: wake up when it is due.
            long wait = free ? Math.min(left, hold) : left;
            TimeUnit.NANOSECONDS.timedWait(this, wait);
        }
    }
}
