package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.Envelopes;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.state.ActivityState;
import io.github.camelanaplan.simulator.state.Model;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Model status, open and close.
 *
 * <ul>
 *   <li>{@code GET .../status}: bare {@code {"requestStatus":{...}}}, what live clients use; {@code POST} the same
 *       inside meta/status, as the help centre documents it. Busy: the running task's step, progress (0..1),
 *       task id and tooltip from {@link io.github.camelanaplan.simulator.state.ModelActivity}; idle:
 *       {@code Open} or {@code Closed} with progress -1.0. {@code creationTime} is the time of the call.</li>
 *   <li>{@code POST .../open}: 202, empty; {@code POST .../close}: 204. Workspace administrators only (others get
 *       404 on open and 403 on close, as documented); archived models 422.</li>
 * </ul>
 */
final class ModelStatusEndpoints {

    static final String ARCHIVED = "ARCHIVED";

    private final Lookups lookups;
    private final ModelPresence presence;
    private final Clock clock;

    ModelStatusEndpoints(Lookups lookups, ModelPresence presence, Clock clock) {
        this.lookups = lookups;
        this.presence = presence;
        this.clock = clock;
    }

    void register(Router router) {
        router.modelScoped("GET", "/status", this::bareStatus);
        router.modelScoped("POST", "/status", this::envelopedStatus);
        router.modelScoped("POST", "/open", this::open);
        router.modelScoped("POST", "/close", this::close);
    }

    private void bareStatus(ApiRequest request, ApiResponse response) throws IOException {
        Model model = lookups.readableModel(request);
        response.json(200, Map.of("requestStatus", status(model)));
    }

    private void envelopedStatus(ApiRequest request, ApiResponse response) throws IOException {
        Model model = lookups.readableModel(request);
        response.json(200, Envelopes.single(Envelopes.schema(request, "/objects/dimension"), "requestStatus",
                status(model)));
    }

    private Map<String, Object> status(Model model) {
        Map<String, Object> status = new LinkedHashMap<>();
        Optional<ActivityState> busy = model.activity().current();
        if (busy.isPresent()) {
            ActivityState activity = busy.get();
            status.put("currentStep", activity.currentStep());
            status.put("progress", activity.progress());
            status.put("creationTime", clock.millis());
            if (activity.taskId() != null) {
                status.put("taskId", activity.taskId());
            }
            if (activity.tooltip() != null) {
                status.put("tooltip", activity.tooltip());
            }
        } else {
            status.put("currentStep", presence.isOpen(model.id()) ? "Open" : "Closed");
            status.put("progress", -1.0);
            status.put("creationTime", clock.millis());
        }
        return status;
    }

    private void open(ApiRequest request, ApiResponse response) throws IOException {
        Model model = lookups.readableModel(request);
        if (!lookups.isWorkspaceAdmin(request, model)) {
            throw ApiException.notFound();
        }
        requireNotArchived(model);
        presence.open(model.id());
        response.noContent(202);
    }

    private void close(ApiRequest request, ApiResponse response) throws IOException {
        Model model = lookups.adminModel(request);
        requireNotArchived(model);
        presence.close(model.id());
        response.noContent(204);
    }

    private static void requireNotArchived(Model model) {
        if (ARCHIVED.equalsIgnoreCase(model.activeState())) {
            throw new ApiException(422, "Unprocessable Entity");
        }
    }
}
