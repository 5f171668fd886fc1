package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.auth.AccessControl;
import io.github.camelanaplan.simulator.auth.Authentication;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.Envelopes;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.state.FileStatus;
import io.github.camelanaplan.simulator.state.FileStore;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.User;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Failure dumps: {@code .../imports/{i}/tasks/{t}/dump[/chunks[/{c}]]} and, for an import run inside a
 * process, {@code .../processes/{p}/tasks/{t}/dumps/{importId}[/chunks[/{c}]]}. A dump belongs to the user
 * who ran the task and only the latest failing run of an import keeps one; anything else is 404.
 */
final class DumpEndpoints {

    private static final Pattern CHUNK_ID = Pattern.compile("\\d{1,6}");
    private static final String TEXT = "text/plain";

    private final AccessControl access;
    private final TaskEngine engine;
    private final FileStore files;

    DumpEndpoints(AccessControl access, TaskEngine engine, FileStore files) {
        this.access = access;
        this.engine = engine;
        this.files = files;
    }

    void register(Router router) {
        String importDump = "/imports/{actionId}/tasks/{taskId}/dump";
        router.modelScoped("GET", importDump, (rq, rs) -> whole(rq, rs, importDump(rq)));
        router.modelScoped("GET", importDump + "/chunks", (rq, rs) -> chunks(rq, rs, importDump(rq)));
        router.modelScoped("GET", importDump + "/chunks/{chunkId}", (rq, rs) -> chunk(rq, rs, importDump(rq)));
        String processDump = "/processes/{actionId}/tasks/{taskId}/dumps/{objectId}";
        router.modelScoped("GET", processDump, (rq, rs) -> whole(rq, rs, processDump(rq)));
        router.modelScoped("GET", processDump + "/chunks", (rq, rs) -> chunks(rq, rs, processDump(rq)));
        router.modelScoped("GET", processDump + "/chunks/{chunkId}", (rq, rs) -> chunk(rq, rs, processDump(rq)));
    }

    /** Where a dump's content lives: model, owner and the import it belongs to. */
    private record DumpRef(Model model, String userId, String importId) {

        String fileId() {
            return DumpRegistry.fileId(importId);
        }
    }

    private DumpRef importDump(ApiRequest request) {
        return dump(request, ActionKind.IMPORT, request.pathParam("actionId"));
    }

    private DumpRef processDump(ApiRequest request) {
        return dump(request, ActionKind.PROCESS, request.pathParam("objectId"));
    }

    private DumpRef dump(ApiRequest request, ActionKind kind, String importId) {
        Model model = access.readableModel(request);
        User user = Authentication.user(request);
        String actionId = request.pathParam("actionId");
        ActionRef.resolve(model, kind, actionId).orElseThrow(ApiException::notFound);
        Task task = engine.find(model.id(), actionId, request.pathParam("taskId")).orElseThrow(ApiException::notFound);
        boolean owned = task.userId().equals(user.id())
                && engine.dumps().owner(model.id(), user.id(), importId).filter(task.id()::equals).isPresent();
        if (!owned) {
            throw ApiException.notFound();
        }
        return new DumpRef(model, user.id(), importId);
    }

    private void whole(ApiRequest request, ApiResponse response, DumpRef dump) throws IOException {
        FileStore.Content content = files.openAll(dump.model().id(), dump.fileId(), dump.userId())
                .orElseThrow(ApiException::notFound);
        response.stream(200, TEXT, content.size(), content.stream());
    }

    private void chunks(ApiRequest request, ApiResponse response, DumpRef dump) throws IOException {
        FileStatus status = files.status(dump.model().id(), dump.fileId(), dump.userId());
        if (status.chunkIds().isEmpty()) {
            throw ApiException.notFound();
        }
        List<Map<String, Object>> chunks = status.chunkIds().stream().map(DumpEndpoints::chunkEntry).toList();
        response.json(200, Envelopes.collection(request,
                Envelopes.schema(request, "/models/" + dump.model().id() + "/objects/chunk"), "chunks", chunks, true));
    }

    private void chunk(ApiRequest request, ApiResponse response, DumpRef dump) throws IOException {
        String chunkId = request.pathParam("chunkId");
        if (!CHUNK_ID.matcher(chunkId).matches()) {
            throw ApiException.notFound();
        }
        FileStore.Content content = files.openChunk(dump.model().id(), dump.fileId(), dump.userId(),
                Integer.parseInt(chunkId)).orElseThrow(ApiException::notFound);
        response.stream(200, TEXT, content.size(), content.stream());
    }

    private static Map<String, Object> chunkEntry(int index) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Integer.toString(index));
        json.put("name", "Chunk " + index);
        return json;
    }
}
