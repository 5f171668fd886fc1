package io.github.camelanaplan.component.soak;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelanaplan.simulator.tasks.TaskControl;

/**
 * Now and then holds the model busy, as another user's long action would: every {@code gapMin..gapMax} a hold of
 * {@code holdMin..holdMax}. While it lasts, the simulator makes file requests wait (then 409) and queues task starts.
 */
final class ModelBusyBursts implements AutoCloseable {

    private final TaskControl tasks;
    private final String modelId;
    private final Random random;
    private final Duration gapMin;
    private final Duration gapMax;
    private final Duration holdMin;
    private final Duration holdMax;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "soak-model-busy");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger bursts = new AtomicInteger();
    private volatile long heldMillis;

    ModelBusyBursts(TaskControl tasks, String modelId, long seed, Duration gapMin, Duration gapMax, Duration holdMin,
                    Duration holdMax) {
        this.tasks = tasks;
        this.modelId = modelId;
        this.random = new Random(seed);
        this.gapMin = gapMin;
        this.gapMax = gapMax;
        this.holdMin = holdMin;
        this.holdMax = holdMax;
    }

    void start() {
        scheduleNext();
    }

    private void scheduleNext() {
        timer.schedule(this::burst, between(gapMin, gapMax), TimeUnit.MILLISECONDS);
    }

    private void burst() {
        long hold = between(holdMin, holdMax);
        tasks.holdModelBusy(modelId, Duration.ofMillis(hold));
        bursts.incrementAndGet();
        heldMillis += hold;
        // the next gap counts from the end of this hold
        timer.schedule(this::scheduleNext, hold, TimeUnit.MILLISECONDS);
    }

    private long between(Duration min, Duration max) {
        return min.toMillis() + (long) (random.nextDouble() * (max.toMillis() - min.toMillis()));
    }

    int bursts() {
        return bursts.get();
    }

    long heldMillis() {
        return heldMillis;
    }

    /** Stops scheduling, ends a hold in progress and waits for the timer thread to finish. */
    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        tasks.holdModelBusy(modelId, Duration.ZERO);
    }
}
