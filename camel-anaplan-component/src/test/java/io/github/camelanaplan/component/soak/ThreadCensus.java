package io.github.camelanaplan.component.soak;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The live threads of this JVM outside the simulator, by id, with their names for diagnosis. The simulator runs in
 * the same JVM, but its Jetty pool grows and shrinks with load on its own schedule, so its threads (named
 * {@code anaplan-simulator*} and {@code anaplan-model-*}) are left out: what is counted is the client side. So is the
 * JVM's {@code Attach Listener}, which appears when a tool such as jstack attaches to a running soak.
 */
record ThreadCensus(Map<Long, String> threads) {

    private static final List<String> NOT_COUNTED = List.of("anaplan-simulator", "anaplan-model-", "Attach Listener");

    static ThreadCensus take() {
        Map<Long, String> live = new TreeMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && NOT_COUNTED.stream().noneMatch(thread.getName()::startsWith)) {
                live.put(thread.getId(), thread.getName());
            }
        }
        return new ThreadCensus(Map.copyOf(live));
    }

    int count() {
        return threads.size();
    }

    /** Names of threads alive now that were not alive in {@code before}. */
    List<String> newSince(ThreadCensus before) {
        return threads.entrySet().stream().filter(e -> !before.threads.containsKey(e.getKey()))
                .map(Map.Entry::getValue).sorted().toList();
    }

    /**
     * Polls until no thread started after {@code before} is still alive, or the timeout passes; returns the last
     * census either way. Stopped pools let their threads finish asynchronously, hence polling, not a fixed sleep.
     */
    static ThreadCensus awaitBackTo(ThreadCensus before, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ThreadCensus now = take();
        while (!now.newSince(before).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            now = take();
        }
        return now;
    }
}
