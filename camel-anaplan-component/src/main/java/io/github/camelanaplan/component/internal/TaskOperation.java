package io.github.camelanaplan.component.internal;

import java.util.concurrent.CompletableFuture;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.metadata.ImportInfo;
import io.github.camelanaplan.client.metadata.NamedObject;
import io.github.camelanaplan.client.task.ActionKind;
import io.github.camelanaplan.client.task.TaskParameters;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import io.github.camelanaplan.component.AnaplanTaskFailedCamelException;
import org.apache.camel.Exchange;

/**
 * The {@code import}, {@code export}, {@code process} and {@code action} operations: resolve the action, run its
 * task (an import first streams the body into its source file; an export then hands over its output), and write
 * the outcome onto the message.
 */
public final class TaskOperation implements OperationHandler {

    private final ProducerServices services;
    private final TaskRunner runner;
    private final ActionKind kind;

    public TaskOperation(ProducerServices services, TaskRunner runner, ActionKind kind) {
        this.services = services;
        this.runner = runner;
        this.kind = kind;
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        AnaplanConfiguration configuration = services.configuration();
        String action = ExchangeParameters.require(exchange, AnaplanConstants.ACTION, configuration.getAction(), "action",
                TaskRunner.label(kind) + " to run");
        boolean wait = ExchangeParameters.get(exchange, AnaplanConstants.WAIT_FOR_COMPLETION,
                configuration.isWaitForCompletion(), Boolean.class);
        TaskParameters parameters = MappingParameters.of(exchange, configuration);
        CompletableFuture<ModelClient> model = CompletableFuture.supplyAsync(
                () -> ModelLocator.locate(exchange, configuration, services.client()), services.workers());
        return model.thenCompose(m -> runner.run(exchange, request(exchange, m, action, parameters, wait)).thenAccept(outcome -> {
            TaskHeaders.writeOutcome(exchange.getMessage(), m, outcome);
            AnaplanTaskFailedCamelException failure = TaskHeaders.failureOf(outcome, configuration);
            if (failure != null) {
                exchange.setException(failure);
            }
        }));
    }

    private TaskRunner.TaskRequest request(Exchange exchange, ModelClient model, String action, TaskParameters parameters,
                                           boolean wait) {
        return switch (kind) {
            case IMPORT -> {
                ImportInfo definition = model.resolveImport(action);
                String file = sourceFile(exchange, definition);
                yield new TaskRunner.TaskRequest(model, kind, definition.id(), definition.name(), parameters, wait,
                        () -> Transfers.uploadBody(exchange, model, file).bytesRead(), null);
            }
            case EXPORT -> {
                NamedObject definition = model.resolveExport(action);
                String outputPath = services.configuration().getOutputPath();
                yield new TaskRunner.TaskRequest(model, kind, definition.id(), definition.name(), parameters, wait, null,
                        outcome -> {
                            // The export's output file has the export's id; listing its chunks here, inside the
                            // model's queue, pins the output of this run.
                            Transfers.Delivery delivery = Transfers.deliver(exchange, model.download(definition.id()),
                                    outputPath);
                            return outcome.withPayload(delivery.body(), delivery.bytes());
                        });
            }
            case PROCESS -> plain(model, model.resolveProcess(action), parameters, wait);
            case ACTION -> plain(model, model.resolveAction(action), parameters, wait);
        };
    }

    private TaskRunner.TaskRequest plain(ModelClient model, NamedObject definition, TaskParameters parameters, boolean wait) {
        return new TaskRunner.TaskRequest(model, kind, definition.id(), definition.name(), parameters, wait, null, null);
    }

    private String sourceFile(Exchange exchange, ImportInfo definition) {
        String file = ExchangeParameters.get(exchange, AnaplanConstants.FILE, services.configuration().getFile(), String.class);
        if (file != null && !file.isBlank()) {
            return file.trim();
        }
        if (definition.importDataSourceId() == null || definition.importDataSourceId().isBlank()) {
            throw new IllegalArgumentException("Import '" + definition.name() + "' (" + definition.id()
                                               + ") names no source file: set the endpoint option 'file' or the header "
                                               + AnaplanConstants.FILE);
        }
        return definition.importDataSourceId();
    }
}
