package io.github.camelanaplan.component.internal;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import org.apache.camel.Exchange;

/**
 * Finds the model an exchange works on: the {@code CamelAnaplanModel} header or the {@code model} option, within
 * the {@code CamelAnaplanWorkspace} header or the {@code workspace} option when one is given (else the model's own
 * workspace). Ids and names are resolved by the client, whose listings are cached.
 */
public final class ModelLocator {

    private ModelLocator() {
    }

    public static ModelClient locate(Exchange exchange, AnaplanConfiguration configuration, AnaplanClient client) {
        return locate(exchange, configuration, client, false);
    }

    /**
     * @param acceptResolvedIds whether the ids a previous operation wrote ({@code CamelAnaplanWorkspaceId},
     *                          {@code CamelAnaplanModelId}) may stand in when nothing else names the model, as for
     *                          task-status after an import that did not wait
     */
    public static ModelClient locate(Exchange exchange, AnaplanConfiguration configuration, AnaplanClient client,
                                     boolean acceptResolvedIds) {
        String workspace = ExchangeParameters.get(exchange, AnaplanConstants.WORKSPACE, configuration.getWorkspace(), String.class);
        String model = ExchangeParameters.get(exchange, AnaplanConstants.MODEL, configuration.getModel(), String.class);
        if (acceptResolvedIds && isBlank(model)) {
            String workspaceId = exchange.getMessage().getHeader(AnaplanConstants.WORKSPACE_ID, String.class);
            String modelId = exchange.getMessage().getHeader(AnaplanConstants.MODEL_ID, String.class);
            if (!isBlank(workspaceId) && !isBlank(modelId)) {
                return client.modelByIds(workspaceId, modelId);
            }
        }
        if (isBlank(model)) {
            throw new IllegalArgumentException("No model given: set the endpoint option 'model' or the header "
                                               + AnaplanConstants.MODEL);
        }
        return isBlank(workspace) ? client.model(model.trim()) : client.model(workspace.trim(), model.trim());
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
