package io.github.camelanaplan.component.internal;

import java.util.concurrent.CompletableFuture;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.task.TaskHandle;
import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code task-status} and {@code task-cancel} operations, for a task started earlier (typically with
 * {@code waitForCompletion=false}). The task is named by the {@code CamelAnaplanTaskId} header; its action by the
 * {@code CamelAnaplanAction} header or the {@code action} option, else the {@code CamelAnaplanActionId} header the
 * start left behind. The kind of action comes from its id prefix, or from resolving its name.
 * <p>
 * A status is reported, not judged: a failed task does not fail a {@code task-status} exchange. When the task has
 * ended, its dumps are fetched as {@code dumpMode} asks.
 */
public final class TaskControlOperation implements OperationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TaskControlOperation.class);

    private final ProducerServices services;
    private final TaskRunner runner;
    private final boolean cancel;

    public TaskControlOperation(ProducerServices services, TaskRunner runner, boolean cancel) {
        this.services = services;
        this.runner = runner;
        this.cancel = cancel;
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        AnaplanConfiguration configuration = services.configuration();
        String taskId = exchange.getMessage().getHeader(AnaplanConstants.TASK_ID, String.class);
        if (taskId == null || taskId.isBlank()) {
            throw new IllegalArgumentException("No task id given: set the header " + AnaplanConstants.TASK_ID);
        }
        String action = ExchangeParameters.get(exchange, AnaplanConstants.ACTION, configuration.getAction(), String.class);
        if (action == null || action.isBlank()) {
            action = exchange.getMessage().getHeader(AnaplanConstants.ACTION_ID, String.class);
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("No action given for task " + taskId + ": set the endpoint option 'action',"
                                               + " the header " + AnaplanConstants.ACTION + " or the header "
                                               + AnaplanConstants.ACTION_ID);
        }
        String actionIdOrName = action.trim();
        return CompletableFuture.runAsync(() -> run(exchange, taskId.trim(), actionIdOrName), services.workers());
    }

    private void run(Exchange exchange, String taskId, String action) {
        ModelClient model = ModelLocator.locate(exchange, services.configuration(), services.client(), true);
        ModelClient.RunnableRef ref = model.resolveRunnable(action);
        TaskHandle handle = new TaskHandle(model.workspaceId(), model.modelId(), ref.kind(), ref.id(), taskId);
        TaskStatus status;
        if (cancel) {
            status = model.cancelTask(handle);
            LOG.info("Asked Anaplan to cancel {} '{}' ({}) task {}: now {} [{}]", TaskRunner.label(ref.kind()), ref.name(),
                    ref.id(), taskId, status.taskState(), services.endpointUri());
        } else {
            status = model.taskStatus(handle);
        }
        Message message = exchange.getMessage();
        TaskHeaders.writeModel(message, model);
        message.setHeader(AnaplanConstants.ACTION_ID, ref.id());
        TaskHeaders.writeStatus(message, status);
        if (status.isTerminal()) {
            TaskHeaders.writeDumps(message, runner.dumpFetcher().fetch(exchange, model, handle, status));
        }
        message.setBody(status);
    }
}
