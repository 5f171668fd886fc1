package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.ActivityState;
import io.github.camelanaplan.simulator.state.FileStore;
import io.github.camelanaplan.simulator.state.Ids;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Tenant;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts, queues, runs and cancels tasks. One task runs per model at a time, on the model's worker thread;
 * the others wait NOT_STARTED in FIFO order. Timing uses the shared scheduler. While a task runs (or a
 * hold is active) the model's {@code ModelActivity} shows it, which the model and model-status endpoints
 * report.
 */
final class TaskEngine implements TaskControl {

    /** How often the busy indicator's progress is refreshed while a task runs. */
    private static final long ACTIVITY_REFRESH_MILLIS = 200;

    private final Tenant tenant;
    private final FileStore files;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final SecureRandom random;
    private final TaskRegistry registry = new TaskRegistry();
    private final DumpRegistry dumps = new DumpRegistry();
    private final Map<String, ModelSlot> slots = new ConcurrentHashMap<>();
    private volatile TaskSettings settings;

    TaskEngine(Tenant tenant, FileStore files, ScheduledExecutorService scheduler, Clock clock, SecureRandom random,
               TaskSettings settings) {
        this.tenant = tenant;
        this.files = files;
        this.scheduler = scheduler;
        this.clock = clock;
        this.random = random;
        this.settings = settings;
    }

    DumpRegistry dumps() {
        return dumps;
    }

    // ------------------------------------------------------------------ tasks

    /** Creates and queues a task; the returned snapshot is its NOT_STARTED state at creation. */
    TaskSnapshot start(Model model, ActionRef action, String userId, TaskParameters parameters) {
        Task task = new Task(Ids.randomUpper(random), model.id(), action.kind(), action.id(), action.name(), userId,
                clock.millis(), parameters);
        TaskSnapshot created = task.snapshot(System.nanoTime());
        registry.add(task, new TaskStart(task.id(), model.id(), action.kind(), action.id(), userId,
                clock.instant()));
        slot(model.id()).enqueue(task);
        dispatch(model);
        return created;
    }

    Optional<Task> find(String modelId, String actionId, String taskId) {
        return registry.find(modelId, actionId, taskId);
    }

    List<Task> tasks(String modelId, String actionId) {
        return registry.forAction(modelId, actionId);
    }

    static TaskSnapshot snapshot(Task task) {
        return task.snapshot(System.nanoTime());
    }

    /**
     * Cancels a task: the answer shows CANCELLING, CANCELLED follows once the work stopped. A task that is
     * finished or already committing its changes is unaffected.
     */
    TaskSnapshot cancel(Model model, Task task) {
        boolean accepted = task.requestCancel(System.nanoTime());
        TaskSnapshot answer = task.snapshot(System.nanoTime());
        if (accepted && slot(model.id()).withdraw(task)) {
            scheduler.execute(() -> task.cancelled(TaskRun.cancelledResult(task, task.kind() == ActionKind.PROCESS)));
        }
        return answer;
    }

    private void dispatch(Model model) {
        ModelSlot slot = slot(model.id());
        long now = System.nanoTime();
        long hold = slot.holdRemaining(now);
        if (hold > 0) {
            scheduler.schedule(() -> dispatch(model), hold, TimeUnit.NANOSECONDS);
            return;
        }
        ModelSlot.Claim claim = slot.claim(now);
        if (claim != null) {
            launch(model, slot, claim);
        }
    }

    private void launch(Model model, ModelSlot slot, ModelSlot.Claim claim) {
        Task task = claim.task();
        if (!task.start(System.nanoTime())) {
            // Cancelled between being claimed and starting.
            task.cancelled(TaskRun.cancelledResult(task, task.kind() == ActionKind.PROCESS));
            release(model, slot, task);
            dispatch(model);
            return;
        }
        ActionRef action = new ActionRef(task.kind(), task.actionId(), task.actionName());
        boolean injected = claim.failure() != null;
        List<ActionStep> steps = injected
                ? List.of(new FailingStep(action.id(), action.name(), claim.failure()))
                : StepFactory.steps(model, action);
        ScheduledFuture<?> ticker = scheduler.scheduleAtFixedRate(() -> refreshActivity(model),
                0, ACTIVITY_REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        TaskRun run = new TaskRun(model, task, action, steps, !injected && action.kind() == ActionKind.PROCESS,
                new StepContext(model, task, files, dumps), settings, model.taskQueue(), scheduler, () -> {
                    ticker.cancel(false);
                    release(model, slot, task);
                    dispatch(model);
                });
        run.begin();
    }

    /** Frees the slot and clears the busy indicator together, so whoever waits for the slot sees both. */
    private void release(Model model, ModelSlot slot, Task task) {
        synchronized (slot) {
            slot.release(task);
            refreshActivity(model);
        }
    }

    private ModelSlot slot(String modelId) {
        return slots.computeIfAbsent(modelId, id -> new ModelSlot());
    }

    // ------------------------------------------------------------------ busy model

    /** Publishes what the model is busy with, or clears the indicator. */
    private void refreshActivity(Model model) {
        ModelSlot slot = slot(model.id());
        // Serialised on the slot so a late periodic refresh cannot overwrite the "idle" set at the end.
        synchronized (slot) {
            Task running = slot.running();
            if (running != null) {
                TaskSnapshot snapshot = snapshot(running);
                model.activity().update(new ActivityState(running.id(), snapshot.currentStep(),
                        "The system is currently processing " + article(running.kind()) + " "
                                + running.kind().label() + ": " + running.actionName(), snapshot.progress()));
            } else if (slot.holdRemaining(System.nanoTime()) > 0) {
                model.activity().update(new ActivityState(null, Task.STEP_PROCESSING,
                        "The system is currently processing another operation", 0));
            } else {
                model.activity().end();
            }
        }
    }

    private static String article(ActionKind kind) {
        return "AEIOU".indexOf(kind.label().charAt(0)) >= 0 ? "an" : "a";
    }

    /** Waits up to {@code timeout} for the model to be free; true when it is. */
    boolean awaitFree(String modelId, Duration timeout) throws InterruptedException {
        return slot(modelId).awaitFree(timeout.toNanos());
    }

    /** The 409 message for a request that found the model busy. */
    String busyMessage(String modelId) {
        Task running = slot(modelId).running();
        String what = running == null ? "another operation"
                : running.kind().lowerLabel() + " '" + running.actionName() + "'";
        return "The model is currently busy running " + what + ". Try again later.";
    }

    // ------------------------------------------------------------------ TaskControl

    @Override
    public void failNextTask(String modelId, String message) {
        requireModel(modelId);
        slot(modelId).injectFailure(Objects.requireNonNull(message, "message"));
    }

    @Override
    public void holdModelBusy(String modelId, Duration duration) {
        Model model = requireModel(modelId);
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        ModelSlot slot = slot(modelId);
        slot.hold(System.nanoTime() + duration.toNanos());
        refreshActivity(model);
        scheduler.schedule(() -> {
            refreshActivity(model);
            dispatch(model);
        }, duration.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public boolean isBusy(String modelId) {
        ModelSlot slot = slots.get(modelId);
        return slot != null && slot.busy(System.nanoTime());
    }

    @Override
    public long startedTaskCount(String actionId) {
        return registry.startedCount(actionId);
    }

    @Override
    public List<TaskStart> taskStarts() {
        return registry.starts();
    }

    @Override
    public TaskSettings settings() {
        return settings;
    }

    @Override
    public void settings(TaskSettings value) {
        this.settings = Objects.requireNonNull(value, "settings");
    }

    @Override
    public boolean awaitIdle(String modelId, Duration timeout) throws InterruptedException {
        return slot(modelId).awaitIdle(timeout.toNanos());
    }

    private Model requireModel(String modelId) {
        return tenant.model(modelId).orElseThrow(() -> new IllegalArgumentException("unknown model " + modelId));
    }
}
