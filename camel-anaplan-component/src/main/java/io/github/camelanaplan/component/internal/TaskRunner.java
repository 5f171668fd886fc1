package io.github.camelanaplan.component.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.task.ActionKind;
import io.github.camelanaplan.client.task.AwaitOptions;
import io.github.camelanaplan.client.task.TaskHandle;
import io.github.camelanaplan.client.task.TaskParameters;
import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.DumpMode;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task for one exchange: optional upload, start, wait, dumps and an optional follow-up (an export's
 * download), all inside the model's queue when {@code serializeModelTasks} is on.
 * <p>
 * Blocking steps run on the component's bounded worker pool; the wait itself is a chain of status requests on the
 * shared scheduler, so no thread is held while Anaplan works.
 */
public final class TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    /** Work done before the start, such as uploading the body; returns the bytes uploaded. */
    @FunctionalInterface
    public interface BeforeStart {
        long run() throws Exception;
    }

    /** Work done after a successful end, still inside the model's queue, such as listing an export's chunks. */
    @FunctionalInterface
    public interface AfterSuccess {
        TaskOutcome run(TaskOutcome outcome) throws Exception;
    }

    /**
     * @param beforeStart null when nothing is uploaded
     * @param afterSuccess null when there is nothing to fetch
     */
    public record TaskRequest(ModelClient model, ActionKind kind, String actionId, String actionName,
                              TaskParameters parameters, boolean waitForCompletion, BeforeStart beforeStart,
                              AfterSuccess afterSuccess) {
    }

    private final ProducerServices services;
    private final DumpFetcher dumpFetcher;

    public TaskRunner(ProducerServices services) {
        this.services = services;
        AnaplanConfiguration configuration = services.configuration();
        this.dumpFetcher = new DumpFetcher(DumpMode.fromOption(configuration.getDumpMode()), configuration.getDumpDirectory());
    }

    public DumpFetcher dumpFetcher() {
        return dumpFetcher;
    }

    public CompletableFuture<TaskOutcome> run(Exchange exchange, TaskRequest request) {
        return inModelQueue(request.model(), () -> runInSection(exchange, request));
    }

    /**
     * Runs {@code work} on a worker thread, after the model's earlier work when tasks are serialized. The returned
     * future ends when the future {@code work} returns ends.
     */
    public <T> CompletableFuture<T> inModelQueue(ModelClient model, Supplier<CompletableFuture<T>> work) {
        if (services.configuration().isSerializeModelTasks()) {
            return services.modelQueue().submit(services.modelQueueKey(model.modelId()), services.workers(), work);
        }
        return CompletableFuture.supplyAsync(work, services.workers()).thenCompose(future -> future);
    }

    private CompletableFuture<TaskOutcome> runInSection(Exchange exchange, TaskRequest request) {
        try {
            long bytes = request.beforeStart() == null ? -1 : request.beforeStart().run();
            long startNanos = System.nanoTime();
            ModelClient model = request.model();
            TaskHandle handle = model.taskClient().start(request.kind(), request.actionId(), request.parameters());
            LOG.info("Started Anaplan {} '{}' ({}) as task {} in model '{}' ({}) [{}]", label(request.kind()), request.actionName(),
                    request.actionId(), handle.taskId(), model.modelName(), model.modelId(), services.endpointUri());
            if (!request.waitForCompletion()) {
                TaskStatus status = model.taskStatus(handle);
                return CompletableFuture.completedFuture(new TaskOutcome(handle, request.actionName(), status, false, 1,
                        elapsedMillis(startNanos), bytes, Dumps.NONE, null, -1));
            }
            CountingScheduler polls = new CountingScheduler(services.scheduler());
            AnaplanConfiguration configuration = services.configuration();
            AwaitOptions options = new AwaitOptions(Duration.ofMillis(configuration.getTaskTimeout()),
                    configuration.isCancelOnTimeout(), null);
            CompletableFuture<TaskStatus> wait = model.awaitCompletion(handle, options, polls);
            services.inFlightTasks().started(new InFlightTasks.TaskView(handle.taskId(), label(request.kind()),
                    request.actionId(), request.actionName(), model.modelId(), model.modelName(), services.clientId(),
                    Instant.now()), wait);
            return wait
                    .thenApplyAsync(status -> finish(exchange, request, handle, status, polls.runs(), startNanos, bytes),
                            services.workers())
                    .whenComplete((outcome, failure) -> {
                        services.inFlightTasks().ended(handle.taskId());
                        logEnd(request, handle, outcome, failure);
                    });
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private TaskOutcome finish(Exchange exchange, TaskRequest request, TaskHandle handle, TaskStatus status, int polls,
                               long startNanos, long bytes) {
        long duration = elapsedMillis(startNanos);
        Dumps dumps = dumpFetcher.fetch(exchange, request.model(), handle, status);
        TaskOutcome outcome = new TaskOutcome(handle, request.actionName(), status, true, polls, duration, bytes, dumps, null, -1);
        if (status.isSuccessful() && request.afterSuccess() != null) {
            try {
                return request.afterSuccess().run(outcome);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }
        return outcome;
    }

    private void logEnd(TaskRequest request, TaskHandle handle, TaskOutcome outcome, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            LOG.info("Anaplan {} '{}' ({}) task {} did not end normally: {} [{}]", label(request.kind()), request.actionName(),
                    request.actionId(), handle.taskId(), cause.getMessage(), services.endpointUri());
            return;
        }
        TaskStatus status = outcome.status();
        LOG.info("Anaplan {} '{}' ({}) task {} ended {} (successful: {}, rows failed: {}) after {} ms and {} polls [{}]",
                label(request.kind()), request.actionName(), request.actionId(), handle.taskId(), status.taskState(),
                status.isSuccessful(), status.result() == null ? 0 : status.result().rowsFailed(), outcome.durationMillis(),
                outcome.polls(), services.endpointUri());
    }

    static String label(ActionKind kind) {
        return kind.objectKind().singular();
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
