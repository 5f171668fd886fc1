package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.InterceptorOrder;
import io.github.camelanaplan.simulator.http.Realm;
import io.github.camelanaplan.simulator.http.RequestInterceptor;
import io.github.camelanaplan.simulator.http.RouteMatch;
import java.util.List;
import java.util.Set;

/**
 * Anaplan's busy model: while a model runs a task (or is held busy), its data and file endpoints do not
 * answer. Under {@link BusyPolicy#WAIT} a request waits for the model up to {@link TaskSettings#busyWait()}
 * and then gets 409; under {@link BusyPolicy#REJECT} it gets 409 at once. What keeps answering, as the real
 * service does: the model itself and its status, the lists and metadata of imports, exports, processes and
 * actions, starting tasks, task status and lists, and dumps (all below those four segments).
 */
final class ModelBusyInterceptor implements RequestInterceptor {

    /** First path segment after {@code models/{modelId}} of the requests that answer while busy. */
    private static final Set<String> ANSWER_WHILE_BUSY = Set.of(
            "imports", "exports", "processes", "actions", "optimizeActions", "status");

    private final TaskEngine engine;

    ModelBusyInterceptor(TaskEngine engine) {
        this.engine = engine;
    }

    @Override
    public int order() {
        return InterceptorOrder.MODEL_BUSY;
    }

    @Override
    public void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception {
        String modelId = request.pathParam("modelId");
        if (modelId == null || request.match().route().realm() != Realm.API || answersWhileBusy(request.match())
                || !engine.isBusy(modelId)) {
            chain.proceed(request, response);
            return;
        }
        TaskSettings settings = engine.settings();
        if (settings.busyPolicy() == BusyPolicy.WAIT && engine.awaitFree(modelId, settings.busyWait())) {
            chain.proceed(request, response);
            return;
        }
        throw new ApiException(409, engine.busyMessage(modelId));
    }

    private static boolean answersWhileBusy(RouteMatch match) {
        List<String> segments = match.route().template().segments();
        int models = segments.indexOf("models");
        if (models < 0 || models + 2 >= segments.size()) {
            // The model resource itself (GET /models/{id}) reports modelTransactionRunning while busy.
            return true;
        }
        return ANSWER_WHILE_BUSY.contains(segments.get(models + 2));
    }
}
