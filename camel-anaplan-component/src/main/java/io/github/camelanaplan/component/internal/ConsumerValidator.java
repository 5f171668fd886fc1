package io.github.camelanaplan.component.internal;

import io.github.camelanaplan.component.AnaplanEndpoint;
import io.github.camelanaplan.component.AnaplanOperation;
import io.github.camelanaplan.component.ConsumerBody;
import org.apache.camel.util.URISupport;

/**
 * Checks the options of a task consumer when its route starts. A consumer has no message to take the model or the
 * actions from, so both must be options.
 */
public final class ConsumerValidator {

    private ConsumerValidator() {
    }

    public static void validate(AnaplanEndpoint endpoint) {
        String uri = URISupport.sanitizeUri(endpoint.getEndpointUri());
        if (endpoint.getConfiguration().getOperationType() != AnaplanOperation.TASK_STATUS) {
            throw new IllegalArgumentException("The anaplan consumer watches finished tasks: use anaplan:task-status?actions=..."
                                               + " (not " + endpoint.getConfiguration().getOperation() + ") in " + uri);
        }
        String model = endpoint.getConfiguration().getModel();
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("The anaplan consumer needs the 'model' option (and 'workspace' when the model"
                                               + " name is not unique) in " + uri);
        }
        String actions = endpoint.getActions();
        if (actions == null || actions.isBlank()) {
            throw new IllegalArgumentException("The anaplan consumer needs the 'actions' option: import, export, process or"
                                               + " action names or ids separated by commas, or * for all, in " + uri);
        }
        ConsumerBody.fromOption(endpoint.getConsumerBody());
    }
}
