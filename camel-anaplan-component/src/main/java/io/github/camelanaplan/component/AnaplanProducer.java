package io.github.camelanaplan.component;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.client.task.ActionKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelanaplan.component.internal.CellWriteOperation;
import io.github.camelanaplan.component.internal.EntryBodies;
import io.github.camelanaplan.component.internal.FileOperation;
import io.github.camelanaplan.component.internal.ListReadOperation;
import io.github.camelanaplan.component.internal.ListWriteOperation;
import io.github.camelanaplan.component.internal.MetadataOperation;
import io.github.camelanaplan.component.internal.OperationHandler;
import io.github.camelanaplan.component.internal.ProducerServices;
import io.github.camelanaplan.component.internal.ReadBodies;
import io.github.camelanaplan.component.internal.TaskControlOperation;
import io.github.camelanaplan.component.internal.TaskOperation;
import io.github.camelanaplan.component.internal.TaskRunner;
import io.github.camelanaplan.component.internal.ViewReadOperation;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each exchange to the handler of its operation (the {@code CamelAnaplanOperation} header overrides the
 * endpoint's). Handlers run their blocking steps on the component's worker pool and wait for tasks on its
 * scheduler, so the calling thread returns at once and the exchange completes from whichever thread finished.
 */
public class AnaplanProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(AnaplanProducer.class);

    private final Map<AnaplanOperation, OperationHandler> handlers = new EnumMap<>(AnaplanOperation.class);
    private AnaplanProducerHealthCheck healthCheck;
    private WritableHealthCheckRepository healthCheckRepository;

    public AnaplanProducer(AnaplanEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public AnaplanEndpoint getEndpoint() {
        return (AnaplanEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        AnaplanEndpoint endpoint = getEndpoint();
        AnaplanComponent component = endpoint.getComponent();
        AnaplanClient client = endpoint.getAnaplanClient();
        ProducerServices services = new ProducerServices(URISupport.sanitizeUri(endpoint.getEndpointUri()),
                endpoint.getConfiguration(), client, component.getClients().idOf(client), component.getWorkerPool(),
                component.getScheduler(), component.getModelTaskQueue(), component.getInFlightTasks());
        TaskRunner runner = new TaskRunner(services);
        handlers.put(AnaplanOperation.IMPORT, new TaskOperation(services, runner, ActionKind.IMPORT));
        handlers.put(AnaplanOperation.EXPORT, new TaskOperation(services, runner, ActionKind.EXPORT));
        handlers.put(AnaplanOperation.PROCESS, new TaskOperation(services, runner, ActionKind.PROCESS));
        handlers.put(AnaplanOperation.ACTION, new TaskOperation(services, runner, ActionKind.ACTION));
        handlers.put(AnaplanOperation.UPLOAD, new FileOperation(services, runner, true));
        handlers.put(AnaplanOperation.DOWNLOAD, new FileOperation(services, runner, false));
        handlers.put(AnaplanOperation.TASK_STATUS, new TaskControlOperation(services, runner, false));
        handlers.put(AnaplanOperation.TASK_CANCEL, new TaskControlOperation(services, runner, true));
        handlers.put(AnaplanOperation.METADATA, new MetadataOperation(services));
        registerTransactionalHandlers(services);

        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new AnaplanProducerHealthCheck(endpoint, client);
            healthCheck.setEnabled(component.isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    /** The transactional API operations share one JSON mapper (thread-safe once configured). */
    private void registerTransactionalHandlers(ProducerServices services) {
        ObjectMapper json = new ObjectMapper();
        EntryBodies entries = new EntryBodies(json);
        ReadBodies reads = new ReadBodies(json);
        handlers.put(AnaplanOperation.LIST_WRITE, new ListWriteOperation(services, entries));
        handlers.put(AnaplanOperation.LIST_READ, new ListReadOperation(services, reads));
        handlers.put(AnaplanOperation.VIEW_READ, new ViewReadOperation(services, reads));
        handlers.put(AnaplanOperation.CELL_WRITE, new CellWriteOperation(services, entries));
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        handlers.clear();
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Void> handled;
        try {
            handled = handlers.get(operationOf(exchange)).handle(exchange);
        } catch (RuntimeException e) {
            // Wrong input found before any work started: complete on this thread.
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        handled.whenComplete((ignored, failure) -> {
            if (failure != null) {
                exchange.setException(unwrap(failure));
            }
            try {
                callback.done(false);
            } catch (Throwable routingFailure) {
                // The rest of the route ran on this thread and failed; the future would swallow it silently.
                LOG.error("Routing exchange {} on after the Anaplan operation failed", exchange.getExchangeId(), routingFailure);
            }
        });
        return false;
    }

    private AnaplanOperation operationOf(Exchange exchange) {
        String override = exchange.getMessage().getHeader(AnaplanConstants.OPERATION, String.class);
        return override != null ? AnaplanOperation.fromName(override) : getEndpoint().getConfiguration().getOperationType();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
