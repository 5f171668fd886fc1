package io.github.camelanaplan.simulator.auth;

import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.ModelRole;
import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.User;
import io.github.camelanaplan.simulator.state.Workspace;
import io.github.camelanaplan.simulator.state.WorkspaceRole;
import java.util.List;
import java.util.Optional;

/**
 * Who may see and change what, with Anaplan's answers: models the caller was never granted do not exist
 * (404); a NO_ACCESS model is listed and answers {@code GET /models/{id}}, but every model-scoped read is
 * masked as 404; READ_ONLY may read but gets 403 when running actions or writing.
 *
 * <p>A workspace administrator without an explicit model role has FULL access to the workspace's models.
 */
public final class AccessControl {

    private final Tenant tenant;

    public AccessControl(Tenant tenant) {
        this.tenant = tenant;
    }

    public Optional<ModelRole> role(User user, Model model) {
        return user.modelRole(model.id()).or(() -> user.workspaceRole(model.workspaceId())
                .filter(role -> role == WorkspaceRole.ADMIN).map(role -> ModelRole.FULL));
    }

    public boolean isVisible(User user, Model model) {
        return role(user, model).isPresent();
    }

    public boolean canRead(User user, Model model) {
        return role(user, model).filter(role -> role != ModelRole.NO_ACCESS).isPresent();
    }

    public boolean canWrite(User user, Model model) {
        return role(user, model).filter(role -> role == ModelRole.FULL).isPresent();
    }

    public boolean isVisible(User user, Workspace workspace) {
        return user.workspaceRole(workspace.id()).isPresent()
                || tenant.modelsIn(workspace.id()).stream().anyMatch(m -> isVisible(user, m));
    }

    public List<Workspace> visibleWorkspaces(User user) {
        return tenant.workspaces().all().stream().filter(w -> isVisible(user, w)).toList();
    }

    /** Models the user is granted in any role, NO_ACCESS included (they are listed). */
    public List<Model> visibleModels(User user) {
        return tenant.models().all().stream().filter(m -> isVisible(user, m)).toList();
    }

    // ------------------------------------------------------------------ request helpers

    /**
     * The model named by the request's {@code modelId} (and {@code workspaceId}, when present) if the caller
     * may know it exists; NO_ACCESS included. For {@code GET /models/{id}}.
     */
    public Model visibleModel(ApiRequest request) {
        User user = Authentication.user(request);
        Model model = tenant.model(request.pathParam("modelId")).orElseThrow(ApiException::notFound);
        String workspaceId = request.pathParam("workspaceId");
        if (workspaceId != null && !workspaceId.equals(model.workspaceId())) {
            throw ApiException.notFound();
        }
        if (!isVisible(user, model)) {
            throw ApiException.notFound();
        }
        return model;
    }

    /** The request's model for a model-scoped read: 404 when unknown, not granted or NO_ACCESS. */
    public Model readableModel(ApiRequest request) {
        Model model = visibleModel(request);
        requireRead(Authentication.user(request), model);
        return model;
    }

    /** The request's model for running actions or writing: additionally 403 for READ_ONLY. */
    public Model writableModel(ApiRequest request) {
        Model model = readableModel(request);
        requireWrite(Authentication.user(request), model);
        return model;
    }

    /** The request's {@code workspaceId} if visible to the caller, else 404. */
    public Workspace visibleWorkspace(ApiRequest request) {
        Workspace workspace = tenant.workspace(request.pathParam("workspaceId")).orElseThrow(ApiException::notFound);
        if (!isVisible(Authentication.user(request), workspace)) {
            throw ApiException.notFound();
        }
        return workspace;
    }

    // ------------------------------------------------------------------ checks

    public void requireRead(User user, Model model) {
        if (!canRead(user, model)) {
            throw ApiException.notFound();
        }
    }

    public void requireWrite(User user, Model model) {
        requireRead(user, model);
        if (!canWrite(user, model)) {
            throw ApiException.forbidden();
        }
    }

    public void requireWorkspaceAdmin(User user, Workspace workspace) {
        if (user.workspaceRole(workspace.id()).filter(role -> role == WorkspaceRole.ADMIN).isEmpty()) {
            throw ApiException.forbidden();
        }
    }

    public boolean isWorkspaceAdmin(User user, String workspaceId) {
        return user.workspaceRole(workspaceId).filter(role -> role == WorkspaceRole.ADMIN).isPresent();
    }
}
