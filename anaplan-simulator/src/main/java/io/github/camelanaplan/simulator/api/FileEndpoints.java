package io.github.camelanaplan.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.auth.AccessControl;
import io.github.camelanaplan.simulator.auth.Authentication;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.Envelopes;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.state.ChunkTooLargeException;
import io.github.camelanaplan.simulator.state.FileDef;
import io.github.camelanaplan.simulator.state.FileKind;
import io.github.camelanaplan.simulator.state.FileStatus;
import io.github.camelanaplan.simulator.state.FileStore;
import io.github.camelanaplan.simulator.state.IdPrefix;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.User;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * Files and chunks: list, declare an upload ({@code chunkCount} N or -1), chunk PUTs (raw or gzip, any
 * order, in parallel), complete, single-shot PUT, delete, and downloads of chunks or the whole file.
 * Content belongs to the calling user.
 */
final class FileEndpoints {

    private static final Pattern CHUNK_ID = Pattern.compile("\\d{1,3}");

    private final AccessControl access;
    private final FileStore files;

    FileEndpoints(AccessControl access, FileStore files) {
        this.access = access;
        this.files = files;
    }

    void register(Router router) {
        router.modelScoped("GET", "/files", this::list);
        router.modelScoped("POST", "/files/{fileId}", this::declare);
        router.modelScoped("PUT", "/files/{fileId}", this::uploadWhole);
        router.modelScoped("DELETE", "/files/{fileId}", this::delete);
        router.modelScoped("GET", "/files/{fileId}", this::downloadWhole);
        router.modelScoped("GET", "/files/{fileId}/chunks", this::chunks);
        router.modelScoped("PUT", "/files/{fileId}/chunks/{chunkId}", this::uploadChunk);
        router.modelScoped("GET", "/files/{fileId}/chunks/{chunkId}", this::downloadChunk);
        router.modelScoped("POST", "/files/{fileId}/complete", this::complete);
    }

    private static String schema(ApiRequest request, Model model) {
        return Envelopes.schema(request, "/models/" + model.id() + "/objects/file");
    }

    private void list(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        User user = Authentication.user(request);
        List<Map<String, Object>> entries = model.files().all().stream()
                .filter(f -> f.visibleTo(user.id()))
                .map(f -> Representations.file(f, files.status(model.id(), f.id(), user.id())))
                .toList();
        response.json(200, Envelopes.collection(request, schema(request, model), "files",
                ActionEndpoints.sorted(request, entries)));
    }

    /**
     * Declares an upload. An unknown id creates a new private file named after it (how the Java client
     * creates data sources), answered with the new file's id.
     */
    private void declare(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.writableModel(request);
        User user = Authentication.user(request);
        JsonNode body = request.jsonBody();
        if (body.isMissingNode() || !body.isObject()) {
            throw ApiException.badRequest("Request body must be a JSON object with chunkCount");
        }
        int chunkCount = body.path("chunkCount").asInt(-1);
        if (chunkCount < -1 || chunkCount > FileStore.MAX_CHUNKS) {
            throw ApiException.badRequest("chunkCount must be -1 or between 0 and " + FileStore.MAX_CHUNKS);
        }
        String fileId = request.pathParam("fileId");
        FileDef file = model.files().byId(fileId).filter(f -> f.visibleTo(user.id()))
                .orElseGet(() -> privateFile(model, user, fileId, body));
        FileStatus status = files.declare(model.id(), file.id(), user.id(), chunkCount);
        response.json(200, Envelopes.single(schema(request, model), "file", Representations.file(file, status)));
    }

    private static FileDef privateFile(Model model, User user, String name, JsonNode body) {
        return model.files().all().stream()
                .filter(f -> f.kind() == FileKind.PRIVATE && user.id().equals(f.ownerUserId()) && f.name().equals(name))
                .findFirst()
                .orElseGet(() -> model.files().put(new FileDef(model.ids().next(IdPrefix.FILE), name, FileKind.PRIVATE,
                        "txt", body.path("separator").asText(","), body.path("encoding").asText("UTF-8"),
                        body.path("headerRow").asInt(1), body.path("firstDataRow").asInt(2),
                        body.path("delimiter").asText("\""), user.id())));
    }

    private void uploadChunk(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.writableModel(request);
        User user = Authentication.user(request);
        FileDef file = file(model, user, request);
        int chunk = chunkIndex(request.pathParam("chunkId"));
        try {
            files.writeChunk(model.id(), file.id(), user.id(), chunk, request.body(), isGzip(request));
        } catch (ChunkTooLargeException e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (ZipException | java.io.EOFException e) {
            throw ApiException.badRequest("Chunk " + chunk + " is not valid gzip data");
        }
        response.noContent(204);
    }

    /** Anaplan's single-request upload: never compressed. */
    private void uploadWhole(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.writableModel(request);
        User user = Authentication.user(request);
        FileDef file = file(model, user, request);
        if (isGzip(request)) {
            throw ApiException.badRequest("Single-request file uploads must not be compressed; "
                    + "upload gzip content in chunks");
        }
        files.writeWhole(model.id(), file.id(), user.id(), request.body());
        response.noContent(204);
    }

    /** The live service answers 500 when {@code /complete} comes without a body; clients must send one. */
    private void complete(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.writableModel(request);
        User user = Authentication.user(request);
        FileDef file = file(model, user, request);
        if (request.jsonBody().isMissingNode()) {
            throw ApiException.internalError("Internal Server Error");
        }
        files.complete(model.id(), file.id(), user.id());
        response.json(200, Envelopes.single(schema(request, model), "file",
                Representations.file(file, files.status(model.id(), file.id(), user.id()))));
    }

    private void delete(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.writableModel(request);
        User user = Authentication.user(request);
        FileDef file = file(model, user, request);
        files.delete(model.id(), file.id(), user.id());
        response.noContent(204);
    }

    private void chunks(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        User user = Authentication.user(request);
        FileDef file = file(model, user, request);
        List<Map<String, Object>> chunks = files.status(model.id(), file.id(), user.id()).chunkIds().stream()
                .map(FileEndpoints::chunkJson).toList();
        response.json(200, Envelopes.collection(request,
                Envelopes.schema(request, "/models/" + model.id() + "/objects/chunk"), "chunks", chunks, true));
    }

    private static Map<String, Object> chunkJson(int index) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Integer.toString(index));
        json.put("name", "Chunk " + index);
        return json;
    }

    private void downloadChunk(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        User user = Authentication.user(request);
        FileDef file = file(model, user, request);
        String chunkId = request.pathParam("chunkId");
        if (!CHUNK_ID.matcher(chunkId).matches()) {
            throw ApiException.notFound();
        }
        FileStore.Content content = files.openChunk(model.id(), file.id(), user.id(), Integer.parseInt(chunkId))
                .orElseThrow(ApiException::notFound);
        response.stream(200, "application/octet-stream", content.size(), content.stream());
    }

    private void downloadWhole(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        User user = Authentication.user(request);
        FileDef file = file(model, user, request);
        FileStore.Content content = files.openAll(model.id(), file.id(), user.id())
                .orElseThrow(ApiException::notFound);
        response.stream(200, "application/octet-stream", content.size(), content.stream());
    }

    private static FileDef file(Model model, User user, ApiRequest request) {
        return model.files().byId(request.pathParam("fileId")).filter(f -> f.visibleTo(user.id()))
                .orElseThrow(ApiException::notFound);
    }

    private static int chunkIndex(String chunkId) {
        if (!CHUNK_ID.matcher(chunkId).matches()) {
            throw ApiException.badRequest("Invalid chunk id '" + chunkId + "'; chunk ids are 0 to "
                    + (FileStore.MAX_CHUNKS - 1));
        }
        return Integer.parseInt(chunkId);
    }

    private static boolean isGzip(ApiRequest request) {
        String type = request.contentType();
        String encoding = request.header("Content-Encoding");
        return type.equals("application/x-gzip") || type.equals("application/gzip")
                || (encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("gzip"));
    }
}
