package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.Envelopes;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.View;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.zip.GZIPOutputStream;

/**
 * Large-volume reads of lists and views, under both path forms (documented in the workspace form; some
 * clients use the model form): create, status, pages, delete. Workspace administrators only, others get 403.
 *
 * <p>Every page is a complete CSV with its own header line. A page that is not (yet) available, or whose
 * request was deleted or expired, is 404. Pages come gzip-encoded when the client sends
 * {@code Accept-Encoding: gzip}. View requests take {@code {"exportType": ...}}; without a body they use
 * {@code TABULAR_MULTI_COLUMN}.
 */
final class ReadRequestEndpoints {

    private final Lookups lookups;
    private final ListSources sources;
    private final ReadRequests requests;

    ReadRequestEndpoints(Lookups lookups, ListSources sources, ReadRequests requests) {
        this.lookups = lookups;
        this.sources = sources;
        this.requests = requests;
    }

    void register(Router router) {
        router.modelScoped("POST", "/lists/{listId}/readRequests", this::createList);
        router.modelScoped("POST", "/views/{viewId}/readRequests", this::createView);
        for (String collection : new String[] {"/lists/{listId}", "/views/{viewId}"}) {
            router.modelScoped("GET", collection + "/readRequests/{requestId}", this::status);
            router.modelScoped("GET", collection + "/readRequests/{requestId}/pages/{pageNo}", this::page);
            router.modelScoped("DELETE", collection + "/readRequests/{requestId}", this::delete);
        }
    }

    private void createList(ApiRequest request, ApiResponse response) throws IOException {
        Model model = lookups.adminModel(request);
        AnaplanList list = Lookups.list(model, request);
        RowSource rows = new ListRows(sources.of(model, list), new ListItemColumns(model, list, true));
        respondCreated(request, response, requests.create(ReadRequestKind.LIST, model, list.id(), baseUrl(request),
                rows));
    }

    private void createView(ApiRequest request, ApiResponse response) throws IOException {
        Model model = lookups.adminModel(request);
        View view = Lookups.view(model, request);
        JsonNode body = request.jsonBody();
        String exportType = body.isObject() && body.hasNonNull("exportType") ? body.get("exportType").asText()
                : ViewLayout.TABULAR_MULTI_COLUMN.name();
        ViewLayout layout = ViewLayout.parse(exportType);
        RowSource rows;
        model.dataLock().readLock().lock();
        try {
            rows = layout.rows(ViewAxes.of(model, view));
        } finally {
            model.dataLock().readLock().unlock();
        }
        respondCreated(request, response, requests.create(ReadRequestKind.VIEW, model, view.id(), baseUrl(request),
                rows));
    }

    private void status(ApiRequest request, ApiResponse response) throws IOException {
        ReadRequest readRequest = find(request);
        respond(request, response, readRequest, false);
    }

    private void page(ApiRequest request, ApiResponse response) throws IOException {
        ReadRequest readRequest = find(request);
        int page = pageNumber(request.pathParam("pageNo"));
        if (!readRequest.isAvailable(page)) {
            throw ApiException.notFound();
        }
        requests.pageRequested(readRequest, page);
        InputStream content;
        long length;
        try {
            content = Files.newInputStream(readRequest.page(page));
            length = Files.size(readRequest.page(page));
        } catch (NoSuchFileException e) {
            // Deleted or expired between the check and the read.
            throw ApiException.notFound();
        }
        if (MediaTypes.acceptsGzip(request)) {
            response.header("Content-Encoding", "gzip");
            response.write(200, MediaTypes.CSV, -1, out -> {
                try (InputStream in = content) {
                    GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024);
                    in.transferTo(gzip);
                    gzip.finish();
                }
            });
        } else {
            response.stream(200, MediaTypes.CSV, length, content);
        }
    }

    private void delete(ApiRequest request, ApiResponse response) throws IOException {
        ReadRequest readRequest = find(request);
        requests.delete(readRequest);
        respond(request, response, readRequest, false);
    }

    /** The request named by the path, if it belongs to the path's model and list or view; else 404. */
    private ReadRequest find(ApiRequest request) {
        Model model = lookups.adminModel(request);
        boolean list = request.pathParam("listId") != null;
        String objectId = list ? Lookups.list(model, request).id() : Lookups.view(model, request).id();
        ReadRequestKind kind = list ? ReadRequestKind.LIST : ReadRequestKind.VIEW;
        return requests.find(request.pathParam("requestId"))
                .filter(r -> r.kind() == kind && r.modelId().equals(model.id()) && r.objectId().equals(objectId))
                .orElseThrow(ApiException::notFound);
    }

    private static int pageNumber(String text) {
        try {
            int page = Integer.parseInt(text);
            if (page < 0) {
                throw ApiException.badRequest("Invalid page number: " + text);
            }
            return page;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Invalid page number: " + text);
        }
    }

    /** {@code .../readRequests} as called, without a trailing slash; request urls append their id. */
    private static String baseUrl(ApiRequest request) {
        return request.origin() + request.path();
    }

    private static void respondCreated(ApiRequest request, ApiResponse response, ReadRequest readRequest)
            throws IOException {
        respond(request, response, readRequest, true);
    }

    private static void respond(ApiRequest request, ApiResponse response, ReadRequest readRequest, boolean created)
            throws IOException {
        String key = readRequest.kind().payloadKey();
        response.json(200, Envelopes.single(Envelopes.schema(request, "/objects/" + key), key,
                readRequest.json(created)));
    }
}
