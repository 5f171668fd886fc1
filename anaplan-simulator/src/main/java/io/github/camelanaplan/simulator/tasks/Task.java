package io.github.camelanaplan.simulator.tasks;

import java.util.function.LongUnaryOperator;

/**
 * One run of an action. Mutable and guarded by its own monitor: the engine moves it through its states on
 * worker threads while request threads read snapshots and ask for cancellation.
 *
 * <p>Progress is computed when read: the engine announces a window ("from 0.2 to 0.6 over 300 ms") and the
 * task interpolates, so nothing has to tick while a task runs. While a step prepares, its length is not known
 * yet: progress then follows how far the step says it has got (see {@link #preparing}).
 */
final class Task {

    static final String STEP_QUEUED = "Queued.";
    static final String STEP_PROCESSING = "Processing ...";
    static final String STEP_COMPLETE = "Complete.";
    static final String STEP_FAILED = "Failed.";
    static final String STEP_CANCELLING = "Cancelling ...";
    static final String STEP_CANCELLED = "Cancelled.";

    /** Progress never shows 1.0 before the task is really complete. */
    private static final double RUNNING_CAP = 0.99;

    private final String id;
    private final String modelId;
    private final ActionKind kind;
    private final String actionId;
    private final String actionName;
    private final String userId;
    private final long creationTime;
    private final TaskParameters parameters;

    private TaskState state = TaskState.NOT_STARTED;
    private String currentStep = STEP_QUEUED;
    private double progress;
    private long windowStart;
    private long windowLength;
    private double windowFrom;
    private double windowTo;
    private StepProgress stepProgress;
    private LongUnaryOperator lengthForRows;
    /** Highest fraction reported while preparing: the row estimate it rests on still grows as reading goes on. */
    private double preparedHighest;
    private TaskResult result;
    private boolean cancelRequested;
    private boolean committing;
    private Runnable wakeUp;

    Task(String id, String modelId, ActionKind kind, String actionId, String actionName, String userId,
         long creationTime, TaskParameters parameters) {
        this.id = id;
        this.modelId = modelId;
        this.kind = kind;
        this.actionId = actionId;
        this.actionName = actionName;
        this.userId = userId;
        this.creationTime = creationTime;
        this.parameters = parameters;
    }

    String id() {
        return id;
    }

    String modelId() {
        return modelId;
    }

    ActionKind kind() {
        return kind;
    }

    String actionId() {
        return actionId;
    }

    String actionName() {
        return actionName;
    }

    String userId() {
        return userId;
    }

    long creationTime() {
        return creationTime;
    }

    TaskParameters parameters() {
        return parameters;
    }

    synchronized TaskState state() {
        return state;
    }

    /** Leaves the queue; false when the task was cancelled while it waited. */
    synchronized boolean start(long nowNanos) {
        if (state != TaskState.NOT_STARTED) {
            return false;
        }
        state = TaskState.IN_PROGRESS;
        currentStep = STEP_PROCESSING;
        progressWindow(0, 0, nowNanos, 0);
        return true;
    }

    /** Progress moves linearly from {@code from} to {@code to} during the next {@code lengthNanos}. */
    synchronized void progressWindow(double from, double to, long startNanos, long lengthNanos) {
        windowFrom = from;
        windowTo = to;
        windowStart = startNanos;
        windowLength = lengthNanos;
        stepProgress = null;
        lengthForRows = null;
    }

    /**
     * Progress from {@code from} towards {@code to} while a step prepares and its run time is not known: no further
     * than the share of its work done (source read, rows written), nor than the share of the run time that the
     * rows it seems to handle would take ({@code lengthForRows}). A step that reports nothing stays at {@code from}.
     */
    synchronized void preparing(double from, double to, long startNanos, StepProgress stepProgress,
                                LongUnaryOperator lengthForRows) {
        progressWindow(from, to, startNanos, 0);
        this.stepProgress = stepProgress;
        this.lengthForRows = lengthForRows;
        this.preparedHighest = 0;
    }

    /** Progress goes on from where it is now to {@code to}, reached at {@code endNanos}; it never moves back. */
    synchronized void continueUntil(double to, long nowNanos, long endNanos) {
        double current = progress(nowNanos);
        progressWindow(current, Math.max(current, to), nowNanos, Math.max(0, endNanos - nowNanos));
    }

    synchronized double progress(long nowNanos) {
        if (state != TaskState.IN_PROGRESS && state != TaskState.CANCELLING) {
            return progress;
        }
        double fraction = stepProgress != null ? preparedFraction(nowNanos)
                : windowLength <= 0 ? 1 : Math.min(1, (double) (nowNanos - windowStart) / windowLength);
        return Math.min(RUNNING_CAP, windowFrom + (windowTo - windowFrom) * Math.max(0, fraction));
    }

    private double preparedFraction(long nowNanos) {
        double done = stepProgress.fraction();
        if (Double.isNaN(done)) {
            return 0;
        }
        long length = lengthForRows.applyAsLong(stepProgress.estimatedRows());
        double byTime = length <= 0 ? 1 : (double) (nowNanos - windowStart) / length;
        preparedHighest = Math.max(preparedHighest, Math.min(done, byTime));
        return preparedHighest;
    }

    /**
     * Asks the task to stop. Queued and running tasks go to CANCELLING (the engine finishes the job); a task
     * already committing its changes, or finished, is past the point of no return and stays as it is.
     *
     * @return true when the request was accepted
     */
    synchronized boolean requestCancel(long nowNanos) {
        if (state.terminal() || committing || cancelRequested) {
            return cancelRequested && !state.terminal();
        }
        progress = progress(nowNanos);
        cancelRequested = true;
        state = TaskState.CANCELLING;
        currentStep = STEP_CANCELLING;
        Runnable hook = wakeUp;
        wakeUp = null;
        if (hook != null) {
            hook.run();
        }
        return true;
    }

    synchronized boolean cancelRequested() {
        return cancelRequested;
    }

    /** Registers what interrupts the current simulated wait when the task is cancelled. */
    synchronized void onCancel(Runnable hook) {
        if (cancelRequested) {
            hook.run();
        } else {
            wakeUp = hook;
        }
    }

    /** Enters the commit of an action's changes; false when cancellation won the race. */
    synchronized boolean beginCommit() {
        if (cancelRequested) {
            return false;
        }
        committing = true;
        return true;
    }

    synchronized void endCommit() {
        committing = false;
    }

    /** Finished: the action ran, whatever its rows did ("Complete."). */
    synchronized void complete(TaskResult taskResult) {
        finish(taskResult, STEP_COMPLETE);
    }

    /** Finished without running: the action could not start its work ("Failed."). */
    synchronized void fail(TaskResult taskResult) {
        finish(taskResult, STEP_FAILED);
    }

    private void finish(TaskResult taskResult, String step) {
        state = TaskState.COMPLETE;
        currentStep = step;
        progress = 1.0;
        result = taskResult;
        committing = false;
    }

    synchronized void cancelled(TaskResult taskResult) {
        state = TaskState.CANCELLED;
        currentStep = STEP_CANCELLED;
        result = taskResult;
        committing = false;
    }

    synchronized TaskSnapshot snapshot(long nowNanos) {
        return new TaskSnapshot(id, modelId, kind, actionId, userId, state, creationTime, progress(nowNanos),
                currentStep, result);
    }
}
