package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one running task through its steps. Each step is prepared on the model's worker thread (reading,
 * validating, staging), then the simulated remainder of its run time passes on the shared scheduler (no
 * thread sleeps), then the step commits on the worker: staged data changes are applied under the model's
 * write lock and its files published. Cancellation before a commit discards the step; for a process,
 * actions that already committed are rolled back.
 */
final class TaskRun {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRun.class);

    private final Model model;
    private final Task task;
    private final ActionRef action;
    private final List<ActionStep> steps;
    private final boolean process;
    private final StepContext context;
    private final TaskSettings settings;
    private final Executor worker;
    private final ScheduledExecutorService scheduler;
    private final Runnable onFinish;
    private final AtomicBoolean finished = new AtomicBoolean();
    private final List<ModelChange.Undo> applied = new ArrayList<>();
    private final List<TaskResult> results = new ArrayList<>();
    private PreparedAction pending;

    /**
     * @param process  true to report a process result (nested results, one per step)
     * @param onFinish called exactly once when the task reaches COMPLETE or CANCELLED
     */
    TaskRun(Model model, Task task, ActionRef action, List<ActionStep> steps, boolean process, StepContext context,
            TaskSettings settings, Executor worker, ScheduledExecutorService scheduler, Runnable onFinish) {
        this.model = model;
        this.task = task;
        this.action = action;
        this.steps = List.copyOf(steps);
        this.process = process;
        this.context = context;
        this.settings = settings;
        this.worker = worker;
        this.scheduler = scheduler;
        this.onFinish = onFinish;
    }

    void begin() {
        execute(() -> runStep(0));
    }

    private void runStep(int index) {
        if (task.cancelRequested()) {
            cancel();
            return;
        }
        if (index == steps.size()) {
            // Only an empty process gets here: there is nothing to run.
            stepsDone();
            return;
        }
        ActionStep step = steps.get(index);
        long start = System.nanoTime();
        double from = (double) index / steps.size();
        double to = (double) (index + 1) / steps.size();
        StepProgress progress = new StepProgress();
        task.preparing(from, to, start, progress, rows -> settings.durationFor(rows).toNanos());
        TaskResult failure = null;
        try {
            pending = step.prepare(context.reportingTo(progress));
        } catch (TaskCancelledException e) {
            cancel();
            return;
        } catch (ActionFailedException e) {
            failure = TaskResult.failure(step.objectId(), step.objectName(), e.getMessage());
        } catch (Exception e) {
            LOG.warn("Action {} of task {} failed", step.objectId(), task.id(), e);
            failure = TaskResult.failure(step.objectId(), step.objectName(), "Internal error: " + e.getMessage());
        }
        long length = settings.durationFor(pending == null ? 0 : pending.rows()).toNanos();
        task.continueUntil(to, System.nanoTime(), start + length);
        TaskResult stepFailure = failure;
        afterDelay(start + length - System.nanoTime(), () -> {
            if (stepFailure == null) {
                commitStep(index);
            } else {
                stepFailed(stepFailure);
            }
        });
    }

    /** Runs {@code next} on the worker after the delay, or at once when the task is cancelled meanwhile. */
    private void afterDelay(long nanos, ThrowingRunnable next) {
        AtomicBoolean fired = new AtomicBoolean();
        Runnable fire = () -> {
            if (fired.compareAndSet(false, true)) {
                execute(next);
            }
        };
        if (nanos <= 0) {
            fire.run();
            return;
        }
        ScheduledFuture<?> timer = scheduler.schedule(fire, nanos, TimeUnit.NANOSECONDS);
        task.onCancel(() -> {
            timer.cancel(false);
            fire.run();
        });
    }

    private void commitStep(int index) throws Exception {
        if (!task.beginCommit()) {
            cancel();
            return;
        }
        PreparedAction prepared = pending;
        pending = null;
        Lock lock = model.dataLock().writeLock();
        lock.lock();
        try {
            applied.add(prepared.change().apply(model));
        } finally {
            lock.unlock();
        }
        for (PendingOutput output : prepared.outputs()) {
            output.publish();
        }
        results.add(prepared.result());
        if (index + 1 == steps.size()) {
            // Still inside the commit: a cancel arriving now is too late and the task completes.
            task.complete(process ? processResult(true) : prepared.result());
            finish();
            return;
        }
        task.endCommit();
        runStep(index + 1);
    }

    private void stepsDone() {
        if (!task.beginCommit()) {
            cancel();
            return;
        }
        task.complete(processResult(true));
        finish();
    }

    /** A step that could not run ends the task; earlier actions of a process keep their effects. */
    private void stepFailed(TaskResult failure) {
        if (!task.beginCommit()) {
            cancel();
            return;
        }
        if (process) {
            results.add(failure);
            task.complete(processResult(false));
        } else {
            task.fail(failure);
        }
        finish();
    }

    private TaskResult processResult(boolean allRan) {
        boolean successful = allRan && results.stream().allMatch(TaskResult::successful);
        boolean dumps = results.stream().anyMatch(TaskResult::failureDumpAvailable);
        return new TaskResult(successful, dumps, action.id(), action.name(), List.of(), results);
    }

    private void cancel() {
        try {
            if (pending != null) {
                discard(pending);
                pending = null;
            }
            if (!applied.isEmpty()) {
                Lock lock = model.dataLock().writeLock();
                lock.lock();
                try {
                    for (int i = applied.size() - 1; i >= 0; i--) {
                        applied.get(i).revert(model);
                    }
                } finally {
                    lock.unlock();
                }
            }
        } finally {
            task.cancelled(cancelledResult(task, process));
            finish();
        }
    }

    static TaskResult cancelledResult(Task task, boolean process) {
        return new TaskResult(false, false, task.actionId(), task.actionName(), List.of(),
                process ? List.of() : null);
    }

    private static void discard(PreparedAction prepared) {
        for (PendingOutput output : prepared.outputs()) {
            try {
                output.discard();
            } catch (Exception e) {
                LOG.debug("Discarding an output failed", e);
            }
        }
    }

    private void execute(ThrowingRunnable body) {
        try {
            worker.execute(() -> guarded(body));
        } catch (RejectedExecutionException e) {
            // The simulator is shutting down; the task simply stops.
            LOG.debug("Task {} not continued: worker stopped", task.id());
        }
    }

    private void guarded(ThrowingRunnable body) {
        try {
            body.run();
        } catch (Throwable t) {
            LOG.warn("Task {} failed unexpectedly", task.id(), t);
            if (pending != null) {
                discard(pending);
                pending = null;
            }
            if (!task.state().terminal()) {
                task.fail(TaskResult.failure(action.id(), action.name(), "Internal error: " + t.getMessage()));
            }
            finish();
        }
    }

    private void finish() {
        if (finished.compareAndSet(false, true)) {
            onFinish.run();
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
