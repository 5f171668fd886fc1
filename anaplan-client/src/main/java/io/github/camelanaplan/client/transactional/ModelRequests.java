package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.client.http.ApiRequest;
import io.github.camelanaplan.client.http.Json;
import io.github.camelanaplan.client.http.RequestBody;
import io.github.camelanaplan.client.http.RetryMode;
import io.github.camelanaplan.client.http.Transport;
import io.github.camelanaplan.client.http.Urls;

/** Sends the transactional API's requests for one model through the shared {@link Transport}. */
final class ModelRequests {

    static final String CSV = "text/csv";
    static final String WORKSPACE_ADMIN = "the workspace administrator role (large-volume read requests)";

    private final Transport transport;
    private final String modelUrl;
    private final String directModelUrl;

    ModelRequests(Transport transport, String apiBaseUrl, String workspaceId, String modelId) {
        this.transport = transport;
        this.modelUrl = Urls.of(apiBaseUrl, "workspaces", workspaceId, "models", modelId);
        this.directModelUrl = Urls.of(apiBaseUrl, "models", modelId);
    }

    Json json() {
        return transport.json();
    }

    String url(String... segments) {
        return Urls.of(modelUrl, segments);
    }

    /** Model-direct form, the documented one for view data and cell writes. */
    String directUrl(String... segments) {
        return Urls.of(directModelUrl, segments);
    }

    JsonNode getJson(String url, String operation) {
        ApiRequest request = ApiRequest.builder("GET", url).operation(operation).build();
        return transport.execute(request, response -> transport.json().tree(response.body()));
    }

    byte[] getBytes(String url, String accept, String operation, String requiredRight) {
        ApiRequest.Builder request = ApiRequest.builder("GET", url).accept(accept).operation(operation);
        if (requiredRight != null) {
            request.requiredRight(requiredRight);
        }
        return transport.execute(request.build(), response -> response.body());
    }

    JsonNode send(String method, String url, Object body, RetryMode retryMode, String operation,
                  String requiredRight) {
        ApiRequest.Builder request = ApiRequest.builder(method, url).operation(operation).retryMode(retryMode);
        if (body != null) {
            request.body(RequestBody.of(transport.json().write(body), "application/json"));
        }
        if (requiredRight != null) {
            request.requiredRight(requiredRight);
        }
        return transport.execute(request.build(), response -> response.body().length == 0
                ? transport.json().mapper().createObjectNode() : transport.json().tree(response.body()));
    }
}
