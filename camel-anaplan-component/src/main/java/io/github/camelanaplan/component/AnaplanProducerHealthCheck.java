package io.github.camelanaplan.component;

import java.util.Map;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.client.error.AnaplanException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Whether an anaplan: producer can reach Anaplan and log in: lists the workspaces, a cheap authenticated call. A
 * DOWN result carries the HTTP status and Anaplan's message; the client keeps secrets out of both.
 */
public class AnaplanProducerHealthCheck extends AbstractHealthCheck {

    private final AnaplanClient client;

    public AnaplanProducerHealthCheck(AnaplanEndpoint endpoint, AnaplanClient client) {
        super("camel", "producer:anaplan-" + endpoint.getId());
        this.client = client;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            int workspaces = client.workspaces().size();
            builder.detail("workspaces", workspaces);
            builder.detail("api.base.url", client.config().apiBaseUrl());
            builder.up();
        } catch (AnaplanException e) {
            builder.detail(HealthCheck.HTTP_RESPONSE_CODE, e.httpStatus());
            builder.detail("api.base.url", client.config().apiBaseUrl());
            if (e.anaplanMessage() != null) {
                builder.detail("anaplan.message", e.anaplanMessage());
            }
            builder.message(e.getClass().getSimpleName() + ": " + e.getMessage());
            builder.down();
        }
    }
}
