package io.github.camelanaplan.simulator.api;

import io.github.camelanaplan.simulator.auth.AccessControl;
import io.github.camelanaplan.simulator.auth.Authentication;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.Envelopes;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.http.Sorting;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.User;
import io.github.camelanaplan.simulator.state.Workspace;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Users, workspaces and models: the tenant-level discovery endpoints. */
final class TenantEndpoints {

    private static final Comparator<String> TEXT = Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER);

    private final Tenant tenant;
    private final AccessControl access;

    TenantEndpoints(Tenant tenant, AccessControl access) {
        this.tenant = tenant;
        this.access = access;
    }

    void register(Router router) {
        router.api("GET", "/users/me", this::me);
        router.api("GET", "/users", this::users);
        router.api("GET", "/users/{userId}", this::user);
        router.api("GET", "/workspaces", this::workspaces);
        router.api("GET", "/workspaces/{workspaceId}", this::workspace);
        router.api("GET", "/models", this::models);
        router.api("GET", "/workspaces/{workspaceId}/models", this::workspaceModels);
        router.api("GET", "/models/{modelId}", this::model);
        // The real service has no GET in the workspace form of a single model; it answers 405.
        router.workspaceModel("GET", "", (request, response) -> {
            throw ApiException.methodNotAllowed();
        });
    }

    private void me(ApiRequest request, ApiResponse response) throws IOException {
        User user = Authentication.user(request);
        response.json(200, Envelopes.single(Envelopes.schema(request, "/objects/user"), "user",
                Representations.user(user, tenant)));
    }

    private void users(ApiRequest request, ApiResponse response) throws IOException {
        Authentication.user(request);
        List<Map<String, Object>> users = tenant.users().stream().map(u -> Representations.user(u, tenant)).toList();
        users = Sorting.strict(request, users, Map.of(
                "firstName", byText("firstName"),
                "lastName", byText("lastName"),
                "email", byText("email"),
                "active", byText("active"),
                "lastLoginDate", byText("lastLoginDate")));
        response.json(200, Envelopes.collection(request, Envelopes.schema(request, "/objects/user"), "users", users));
    }

    private void user(ApiRequest request, ApiResponse response) throws IOException {
        Authentication.user(request);
        User user = tenant.user(request.pathParam("userId")).orElseThrow(ApiException::notFound);
        response.json(200, Envelopes.single(Envelopes.schema(request, "/objects/user"), "user",
                Representations.user(user, tenant)));
    }

    private void workspaces(ApiRequest request, ApiResponse response) throws IOException {
        User user = Authentication.user(request);
        boolean details = request.queryFlag("tenantDetails");
        List<Map<String, Object>> workspaces = access.visibleWorkspaces(user).stream()
                .map(w -> Representations.workspace(w, details, currentSize(w))).toList();
        workspaces = Sorting.strict(request, workspaces, Map.of(
                "name", byText("name"),
                "sizeAllowance", Comparator.comparing(
                        (Map<String, Object> w) -> tenant.workspace((String) w.get("id"))
                                .map(Workspace::sizeAllowance).orElse(0L))));
        response.json(200, Envelopes.collection(request, Envelopes.schema(request, "/objects/workspace"),
                "workspaces", workspaces));
    }

    /** Workspace details are for its administrators; everyone else gets 404, as live. */
    private void workspace(ApiRequest request, ApiResponse response) throws IOException {
        User user = Authentication.user(request);
        Workspace workspace = tenant.workspace(request.pathParam("workspaceId")).orElseThrow(ApiException::notFound);
        if (!access.isWorkspaceAdmin(user, workspace.id())) {
            throw ApiException.notFound();
        }
        response.json(200, Envelopes.single(Envelopes.schema(request, "/objects/workspace"), "workspace",
                Representations.workspace(workspace, request.queryFlag("tenantDetails"), currentSize(workspace))));
    }

    private void models(ApiRequest request, ApiResponse response) throws IOException {
        User user = Authentication.user(request);
        respondModels(request, response, access.visibleModels(user));
    }

    private void workspaceModels(ApiRequest request, ApiResponse response) throws IOException {
        User user = Authentication.user(request);
        Workspace workspace = access.visibleWorkspace(request);
        respondModels(request, response, access.visibleModels(user).stream()
                .filter(m -> m.workspaceId().equals(workspace.id())).toList());
    }

    private void respondModels(ApiRequest request, ApiResponse response, List<Model> models) throws IOException {
        boolean details = request.queryFlag("modelDetails");
        List<Map<String, Object>> json = models.stream().map(m -> modelJson(request, m, details)).toList();
        json = Sorting.strict(request, json, Map.of("name", byText("name"), "activeState", byText("activeState")));
        response.json(200, Envelopes.collection(request, Envelopes.schema(request, "/objects/model"), "models", json));
    }

    private void model(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.visibleModel(request);
        Map<String, Object> json = modelJson(request, model, request.queryFlag("modelDetails"));
        json.put("modelTransactionRunning", model.activity().transactionRunning());
        response.json(200, Envelopes.single(Envelopes.schema(request, "/objects/model"), "model", json));
    }

    private Map<String, Object> modelJson(ApiRequest request, Model model, boolean details) {
        Workspace workspace = tenant.workspace(model.workspaceId()).orElseThrow();
        return Representations.model(model, workspace, details, request.origin());
    }

    private long currentSize(Workspace workspace) {
        return tenant.modelsIn(workspace.id()).stream().mapToLong(Representations::estimatedSize).sum();
    }

    private static Comparator<Map<String, Object>> byText(String field) {
        return Comparator.comparing(m -> m.get(field) == null ? null : String.valueOf(m.get(field)), TEXT);
    }
}
