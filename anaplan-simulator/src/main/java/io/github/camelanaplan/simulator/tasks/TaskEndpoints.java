package io.github.camelanaplan.simulator.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.auth.AccessControl;
import io.github.camelanaplan.simulator.auth.Authentication;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.Envelopes;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.http.Sorting;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.User;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code POST|GET .../{imports|exports|processes|actions}/{id}/tasks} and
 * {@code GET|DELETE .../tasks/{taskId}}, under both the workspace and the model-direct path.
 */
final class TaskEndpoints {

    /** Sort keys of task lists; the docs say {@code creationTime}, the live service also takes {@code creationDate}. */
    private static final Map<String, Comparator<Listed>> SORTABLE = Map.of(
            "creationTime", Listed.ORDER,
            "creationDate", Listed.ORDER,
            "taskId", Comparator.comparing(l -> l.task().taskId()),
            "taskState", Comparator.comparing(l -> l.task().state().name()));

    private final AccessControl access;
    private final TaskEngine engine;

    TaskEndpoints(AccessControl access, TaskEngine engine) {
        this.access = access;
        this.engine = engine;
    }

    /** A task in a list with its creation sequence, so equal creation times keep their order both ways. */
    private record Listed(TaskSnapshot task, int sequence) {
        static final Comparator<Listed> ORDER = Comparator.comparingLong((Listed l) -> l.task().creationTime())
                .thenComparingInt(Listed::sequence);
    }

    void register(Router router) {
        for (ActionKind kind : ActionKind.values()) {
            String tasks = "/" + kind.segment() + "/{actionId}/tasks";
            router.modelScoped("POST", tasks, (request, response) -> start(kind, request, response));
            router.modelScoped("GET", tasks, (request, response) -> list(kind, request, response));
            router.modelScoped("GET", tasks + "/{taskId}", (request, response) -> status(kind, request, response));
            router.modelScoped("DELETE", tasks + "/{taskId}", (request, response) -> cancel(kind, request, response));
        }
    }

    static String schema(ApiRequest request, Model model) {
        return Envelopes.schema(request, "/models/" + model.id() + "/objects/task");
    }

    private void start(ActionKind kind, ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.writableModel(request);
        User user = Authentication.user(request);
        ActionRef action = ActionRef.resolve(model, kind, request.pathParam("actionId"))
                .orElseThrow(ApiException::notFound);
        TaskSnapshot task = engine.start(model, action, user.id(), TaskParameters.from(body(request)));
        // Exactly 200: one client re-posts the task on any other 2xx.
        response.json(200, Envelopes.single(schema(request, model), "task", TaskJson.started(task)));
    }

    /** Any body is accepted: clients send nothing, {@code {"localeName":"en_US"}}, or whole action objects. */
    private static JsonNode body(ApiRequest request) throws IOException {
        try {
            return request.jsonBody();
        } catch (ApiException malformed) {
            return null;
        }
    }

    /** Other users' tasks are listed too; NO_ACCESS and unknown actions list nothing rather than 404. */
    private void list(ActionKind kind, ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.visibleModel(request);
        User user = Authentication.user(request);
        List<Listed> listed = new ArrayList<>();
        String actionId = request.pathParam("actionId");
        if (access.canRead(user, model) && ActionRef.resolve(model, kind, actionId).isPresent()) {
            List<Task> tasks = engine.tasks(model.id(), actionId);
            for (int i = 0; i < tasks.size(); i++) {
                listed.add(new Listed(TaskEngine.snapshot(tasks.get(i)), i));
            }
        }
        List<Listed> sorted = Sorting.lenient(request, listed, SORTABLE);
        response.json(200, Envelopes.collection(request, schema(request, model), "tasks",
                sorted.stream().map(l -> TaskJson.listed(l.task())).toList()));
    }

    private void status(ActionKind kind, ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        Task task = task(kind, model, request);
        response.json(200, Envelopes.single(schema(request, model), "task", TaskJson.status(TaskEngine.snapshot(task))));
    }

    /** UNCERTAIN status code (not documented): 200 with the task, in CANCELLING while the work stops. */
    private void cancel(ActionKind kind, ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.writableModel(request);
        Task task = task(kind, model, request);
        TaskSnapshot snapshot = engine.cancel(model, task);
        response.json(200, Envelopes.single(schema(request, model), "task", TaskJson.status(snapshot)));
    }

    private Task task(ActionKind kind, Model model, ApiRequest request) {
        String actionId = request.pathParam("actionId");
        ActionRef.resolve(model, kind, actionId).orElseThrow(ApiException::notFound);
        return engine.find(model.id(), actionId, request.pathParam("taskId")).orElseThrow(ApiException::notFound);
    }
}
