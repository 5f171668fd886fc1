package io.github.camelanaplan.simulator.tasks;

import java.time.Duration;
import java.util.List;

/**
 * Test and fault hooks of the task engine, published as a context service by {@link TasksModule}. The
 * faults module exposes them through its control endpoint; Java tests use
 * {@code simulator.service(TaskControl.class)}.
 */
public interface TaskControl {

    /**
     * Makes the next task that starts running on the model finish as COMPLETE with {@code successful: false}
     * and {@code message} as its detail, without touching data. Calls queue up: N calls fail the next N tasks.
     */
    void failNextTask(String modelId, String message);

    /**
     * Keeps the model busy for {@code duration} as if another user ran a long action: queued tasks stay
     * NOT_STARTED and other model requests wait or get 409, per {@link TaskSettings#busyPolicy()}. A later
     * call replaces the hold (a zero duration ends it); a task already running is not interrupted.
     */
    void holdModelBusy(String modelId, Duration duration);

    /** True while the model runs a task or is held busy. */
    boolean isBusy(String modelId);

    /** How many tasks were started for an action (import, export, process or other action id). */
    long startedTaskCount(String actionId);

    /** Every task start so far, oldest first; for duplicate-start checks in soak tests. */
    List<TaskStart> taskStarts();

    TaskSettings settings();

    /** Replaces the timing and busy settings; applies to actions that start afterwards. */
    void settings(TaskSettings settings);

    /** Blocks until the model has no running or queued task and no hold; false on timeout. */
    boolean awaitIdle(String modelId, Duration timeout) throws InterruptedException;
}
