package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.auth.AccessControl;
import io.github.camelanaplan.simulator.auth.Authentication;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.View;
import io.github.camelanaplan.simulator.state.Workspace;

/**
 * Resolves the objects a transactional request names, with Anaplan's answers: unknown ids are 404, a model
 * the caller cannot read is 404, writing without the right role is 403.
 */
final class Lookups {

    private final Tenant tenant;
    private final AccessControl access;

    Lookups(Tenant tenant, AccessControl access) {
        this.tenant = tenant;
        this.access = access;
    }

    Model readableModel(ApiRequest request) {
        return access.readableModel(request);
    }

    /** READ_ONLY gets 403. */
    Model writableModel(ApiRequest request) {
        return access.writableModel(request);
    }

    /** Readable model whose workspace the caller administers, else 403 (read requests, resetIndex, close). */
    Model adminModel(ApiRequest request) {
        Model model = access.readableModel(request);
        access.requireWorkspaceAdmin(Authentication.user(request), workspace(model));
        return model;
    }

    boolean isWorkspaceAdmin(ApiRequest request, Model model) {
        return access.isWorkspaceAdmin(Authentication.user(request), model.workspaceId());
    }

    Workspace workspace(Model model) {
        return tenant.workspace(model.workspaceId()).orElseThrow(ApiException::notFound);
    }

    static AnaplanList list(Model model, ApiRequest request) {
        return model.lists().byId(request.pathParam("listId")).orElseThrow(ApiException::notFound);
    }

    static Module module(Model model, ApiRequest request) {
        return model.modules().byId(request.pathParam("moduleId")).orElseThrow(ApiException::notFound);
    }

    /** A saved view, a module's default view, or a line item's own view. */
    static View view(Model model, ApiRequest request) {
        return model.view(request.pathParam("viewId")).orElseThrow(ApiException::notFound);
    }
}
