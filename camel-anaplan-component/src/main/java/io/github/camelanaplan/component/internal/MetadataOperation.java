package io.github.camelanaplan.component.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import io.github.camelanaplan.component.MetadataType;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The {@code metadata} operation: the body becomes a {@link List} of the client's metadata records (workspaces,
 * models, or a model's imports, exports, processes, actions, files, modules, views or lists), ready to split.
 */
public final class MetadataOperation implements OperationHandler {

    private final ProducerServices services;

    public MetadataOperation(ProducerServices services) {
        this.services = services;
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        AnaplanConfiguration configuration = services.configuration();
        String headerValue = exchange.getMessage().getHeader(AnaplanConstants.METADATA_TYPE, String.class);
        String value = headerValue != null ? headerValue : configuration.getMetadataType();
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("No metadata type given: set the endpoint option 'metadataType' or the header "
                                               + AnaplanConstants.METADATA_TYPE + " to one of " + MetadataType.validNames());
        }
        MetadataType type = MetadataType.fromName(value,
                headerValue != null ? "header " + AnaplanConstants.METADATA_TYPE : "option metadataType");
        return CompletableFuture.runAsync(() -> list(exchange, type), services.workers());
    }

    private void list(Exchange exchange, MetadataType type) {
        AnaplanConfiguration configuration = services.configuration();
        AnaplanClient client = services.client();
        Message message = exchange.getMessage();
        if (!type.isModelScoped()) {
            String workspace = ExchangeParameters.get(exchange, AnaplanConstants.WORKSPACE, configuration.getWorkspace(), String.class);
            boolean inWorkspace = type == MetadataType.MODELS && workspace != null && !workspace.isBlank();
            message.setBody(type == MetadataType.WORKSPACES ? client.workspaces()
                    : inWorkspace ? client.models(workspace.trim()) : client.models());
            return;
        }
        ModelClient model = ModelLocator.locate(exchange, configuration, client);
        // A listing asked for explicitly should be current, not the name cache's copy.
        model.invalidateNames();
        TaskHeaders.writeModel(message, model);
        List<?> items = switch (type) {
            case IMPORTS -> model.imports();
            case EXPORTS -> model.exports();
            case PROCESSES -> model.processes();
            case ACTIONS -> model.actions();
            case FILES -> model.files();
            case MODULES -> model.modules();
            case VIEWS -> model.views();
            case LISTS -> model.lists();
            case WORKSPACES, MODELS -> throw new IllegalStateException("not model-scoped: " + type);
        };
        message.setBody(items);
    }
}
