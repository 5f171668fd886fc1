package io.github.camelanaplan.component;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.ModelClient.RunnableRef;
import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.component.internal.FinishedTask;
import io.github.camelanaplan.component.internal.TaskHeaders;
import io.github.camelanaplan.component.internal.TaskPayloads;
import io.github.camelanaplan.component.internal.WatchedActions;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.CastUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the task lists of the watched actions and emits one exchange per task that reached COMPLETE or CANCELLED,
 * whoever started it. The idempotent repository decides what was emitted: a task is claimed with {@code add} before
 * its exchange runs (so two consumers sharing the repository never both emit it), confirmed when the exchange
 * succeeds and removed when it fails, so the next poll emits it again.
 */
public class AnaplanTaskConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(AnaplanTaskConsumer.class);

    private final AnaplanEndpoint endpoint;
    private final ConsumerBody bodyKind;
    /** Terminal tasks listed when the consumer started, skipped when emitExistingTasks=false. */
    private final Set<String> preexisting = new HashSet<>();
    private IdempotentRepository repository;
    private boolean ownRepository;
    private ModelClient model;
    private List<RunnableRef> actions;
    private boolean ready;

    public AnaplanTaskConsumer(AnaplanEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.bodyKind = ConsumerBody.fromOption(endpoint.getConsumerBody());
    }

    @Override
    public AnaplanEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        AnaplanConfiguration configuration = endpoint.getConfiguration();
        String workspace = configuration.getWorkspace();
        String modelName = configuration.getModel().trim();
        model = workspace == null || workspace.isBlank()
                ? endpoint.getAnaplanClient().model(modelName)
                : endpoint.getAnaplanClient().model(workspace.trim(), modelName);
        // Names are resolved once: an unknown name stops the route at start-up with the names that exist.
        actions = WatchedActions.resolve(model, endpoint.getActions());
        repository = endpoint.getIdempotentRepository();
        ownRepository = repository == null;
        if (ownRepository) {
            repository = MemoryIdempotentRepository.memoryIdempotentRepository();
        }
        ServiceHelper.startService(repository);
        // A restarted route takes a fresh baseline and reports ready again only after a good poll.
        ready = false;
        preexisting.clear();
        if (!endpoint.isEmitExistingTasks()) {
            // Taken now rather than at the first poll, so a task that starts and ends before that poll still counts
            // as new.
            recordExistingTasks();
        }
        LOG.debug("Watching the tasks of {} action(s) in model {}", actions.size(), model.modelId());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (ownRepository) {
            ServiceHelper.stopService(repository);
        }
    }

    private void recordExistingTasks() {
        for (RunnableRef action : actions) {
            for (TaskStatus task : model.tasks(action.kind(), action.id())) {
                if (task.taskId() != null && task.isTerminal()) {
                    preexisting.add(FinishedTask.of(model.workspaceId(), model.modelId(), action, task.taskId()).key());
                }
            }
        }
    }

    @Override
    protected int poll() throws Exception {
        List<Object> batch = new ArrayList<>();
        for (RunnableRef action : actions) {
            List<TaskStatus> tasks = model.tasks(action.kind(), action.id());
            // The list is newest first; emit in the order the tasks were created.
            for (int i = tasks.size() - 1; i >= 0; i--) {
                TaskStatus task = tasks.get(i);
                if (task.taskId() == null || !task.isTerminal()) {
                    continue;
                }
                FinishedTask finished = FinishedTask.of(model.workspaceId(), model.modelId(), action, task.taskId());
                if (!preexisting.contains(finished.key()) && !repository.contains(finished.key())) {
                    batch.add(finished);
                }
            }
        }
        if (!ready) {
            // The first complete round of listings worked: the consumer is ready even when it found nothing.
            forceConsumerAsReady();
            ready = true;
        }
        if (maxMessagesPerPoll > 0 && batch.size() > maxMessagesPerPoll) {
            batch = batch.subList(0, maxMessagesPerPoll);
        }
        return batch.isEmpty() ? 0 : processBatch(CastUtils.cast(new ArrayDeque<>(batch)));
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int emitted = 0;
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            FinishedTask task = (FinishedTask) exchanges.poll();
            // The claim: of two consumers sharing the repository only one gets true.
            if (!repository.add(task.key())) {
                continue;
            }
            Exchange exchange = createExchange(false);
            try {
                fill(exchange, task);
                exchange.setProperty(Exchange.BATCH_INDEX, index);
                exchange.setProperty(Exchange.BATCH_SIZE, total);
                exchange.setProperty(Exchange.BATCH_COMPLETE, index == total - 1);
                pendingExchanges = total - index - 1;
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.isFailed()) {
                // Released so the next poll (here or on another node) emits it again.
                repository.remove(task.key());
                getExceptionHandler().handleException("Failed to process finished Anaplan task " + task.handle().taskId(),
                        exchange, exchange.getException());
            } else {
                repository.confirm(task.key());
                emitted++;
            }
            releaseExchange(exchange, false);
        }
        return emitted;
    }

    private void fill(Exchange exchange, FinishedTask task) throws Exception {
        // Task lists carry only id, state and creation time: the result needs one status read.
        TaskStatus status = model.taskStatus(task.handle());
        Message message = exchange.getMessage();
        TaskHeaders.writeModel(message, model);
        message.setHeader(AnaplanConstants.ACTION_ID, task.action().id());
        message.setHeader(AnaplanConstants.ACTION_NAME, task.action().name());
        message.setHeader(AnaplanConstants.ACTION_KIND, task.action().kind().name());
        TaskHeaders.writeStatus(message, status);
        message.setBody(TaskPayloads.body(bodyKind, exchange, model, task.handle(), status));
    }
}
