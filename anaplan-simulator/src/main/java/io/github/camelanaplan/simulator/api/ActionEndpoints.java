package io.github.camelanaplan.simulator.api;

import io.github.camelanaplan.simulator.auth.AccessControl;
import io.github.camelanaplan.simulator.auth.Authentication;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.Envelopes;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.http.Sorting;
import io.github.camelanaplan.simulator.state.ActionDef;
import io.github.camelanaplan.simulator.state.ExportDef;
import io.github.camelanaplan.simulator.state.ExportLayout;
import io.github.camelanaplan.simulator.state.FileDef;
import io.github.camelanaplan.simulator.state.FileStore;
import io.github.camelanaplan.simulator.state.ImportDef;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.ProcessDef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lists and metadata of imports, exports, processes and other actions. */
final class ActionEndpoints {

    /** Model object lists sort leniently on these fields; unknown ones keep the default order. */
    private static final Map<String, Comparator<Map<String, Object>>> SORTABLE = Map.of(
            "name", Comparator.comparing(m -> String.valueOf(m.get("name")), String.CASE_INSENSITIVE_ORDER),
            "id", Comparator.comparing(m -> String.valueOf(m.get("id"))));

    private final AccessControl access;
    private final FileStore files;

    ActionEndpoints(AccessControl access, FileStore files) {
        this.access = access;
        this.files = files;
    }

    void register(Router router) {
        router.modelScoped("GET", "/actions", this::actions);
        router.modelScoped("GET", "/imports", this::imports);
        router.modelScoped("GET", "/imports/{importId}", this::importMetadata);
        router.modelScoped("GET", "/exports", this::exports);
        router.modelScoped("GET", "/exports/{exportId}", this::exportMetadata);
        router.modelScoped("GET", "/processes", this::processes);
        router.modelScoped("GET", "/processes/{processId}", this::processMetadata);
    }

    static List<Map<String, Object>> sorted(ApiRequest request, List<Map<String, Object>> items) {
        return Sorting.lenient(request, items, SORTABLE);
    }

    private static String schema(ApiRequest request, Model model, String object) {
        return Envelopes.schema(request, "/models/" + model.id() + "/objects/" + object);
    }

    private void actions(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        List<Map<String, Object>> actions = new ArrayList<>();
        for (ActionDef action : model.actions().all()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", action.id());
            json.put("name", action.name());
            json.put("actionType", action.actionType());
            actions.add(json);
        }
        response.json(200, Envelopes.collection(request, schema(request, model, "action"), "actions",
                sorted(request, actions)));
    }

    private void imports(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        List<Map<String, Object>> imports = new ArrayList<>();
        for (ImportDef importDef : model.imports().all()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", importDef.id());
            json.put("name", importDef.name());
            json.put("importDataSourceId", importDef.sourceFileId());
            json.put("importType", importDef.type().name());
            imports.add(json);
        }
        response.json(200, Envelopes.collection(request, schema(request, model, "import"), "imports",
                sorted(request, imports)));
    }

    /** A fabricated import id answers 500 on the live service, so it does here too. */
    private void importMetadata(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        ImportDef importDef = model.imports().byId(request.pathParam("importId"))
                .orElseThrow(() -> ApiException.internalError("Internal Server Error"));
        FileDef file = model.files().byId(importDef.sourceFileId()).orElseThrow();
        List<String> headers = headerNames(model, file, Authentication.user(request).id());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("textEncoding", file.encoding());
        source.put("columnSeparator", file.separator());
        source.put("textDelimiter", file.delimiter());
        source.put("headerRow", file.headerRow());
        source.put("firstDataRow", file.firstDataRow());
        source.put("decimalSeparator", ".");
        source.put("headerNames", headers);
        source.put("columnCount", headers.size());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", importDef.name());
        metadata.put("type", "FILE");
        metadata.put("source", source);
        response.json(200, Envelopes.single(schema(request, model, "importMetadata"), "importMetadata", metadata));
    }

    private List<String> headerNames(Model model, FileDef file, String userId) throws IOException {
        Optional<FileStore.Content> content = files.openAll(model.id(), file.id(), userId);
        if (content.isEmpty()) {
            return List.of();
        }
        try (InputStream in = content.get().stream()) {
            return CsvHeader.read(in, Charset.forName(file.encoding()), file.headerRow(), file.separator(),
                    file.delimiter());
        }
    }

    private void exports(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        List<Map<String, Object>> exports = new ArrayList<>();
        for (ExportDef export : model.exports().all()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", export.id());
            json.put("name", export.name());
            json.put("exportType", export.exportType());
            json.put("exportFormat", export.exportFormat());
            json.put("encoding", export.encoding());
            json.put("layout", export.layout());
            exports.add(json);
        }
        response.json(200, Envelopes.collection(request, schema(request, model, "export"), "exports",
                sorted(request, exports)));
    }

    private void exportMetadata(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        ExportDef export = model.exports().byId(request.pathParam("exportId")).orElseThrow(ApiException::notFound);
        ExportLayout layout = ExportLayout.of(model, export);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("columnCount", layout.columnCount());
        metadata.put("dataTypes", layout.dataTypes());
        metadata.put("delimiter", export.delimiter());
        metadata.put("encoding", export.encoding());
        metadata.put("exportFormat", export.exportFormat());
        metadata.put("headerNames", layout.headerNames());
        metadata.put("layout", export.layout());
        metadata.put("listNames", layout.listNames());
        metadata.put("rowCount", layout.rowCount());
        metadata.put("separator", export.separator());
        response.json(200, Envelopes.single(schema(request, model, "exportMetadata"), "exportMetadata", metadata));
    }

    private void processes(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        List<Map<String, Object>> processes = new ArrayList<>();
        for (ProcessDef process : model.processes().all()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", process.id());
            json.put("name", process.name());
            processes.add(json);
        }
        response.json(200, Envelopes.collection(request, schema(request, model, "process"), "processes",
                sorted(request, processes)));
    }

    private void processMetadata(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        ProcessDef process = model.processes().byId(request.pathParam("processId"))
                .orElseThrow(ApiException::notFound);
        boolean showSource = request.queryFlag("showImportDataSource");
        List<Map<String, Object>> actions = new ArrayList<>();
        for (String actionId : process.actionIds()) {
            actions.add(processStep(model, actionId, showSource));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", process.name());
        metadata.put("actions", actions);
        response.json(200, Envelopes.single(schema(request, model, "processMetadata"), "processMetadata", metadata));
    }

    private static Map<String, Object> processStep(Model model, String actionId, boolean showSource) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", actionId);
        Optional<ImportDef> importDef = model.imports().byId(actionId);
        Optional<ExportDef> export = model.exports().byId(actionId);
        if (importDef.isPresent()) {
            json.put("name", importDef.get().name());
            json.put("actionType", "IMPORT");
            json.put("importDataSourceId", importDef.get().sourceFileId());
            json.put("importType", importDef.get().type().name());
            if (showSource) {
                json.put("importDataSource", Map.of("importDataSourceId", importDef.get().sourceFileId(),
                        "type", "FILE"));
            }
        } else if (export.isPresent()) {
            json.put("name", export.get().name());
            json.put("actionType", "EXPORT");
            json.put("exportType", export.get().exportType());
            json.put("exportFormat", export.get().exportFormat());
            json.put("layout", export.get().layout());
        } else {
            ActionDef action = model.actions().byId(actionId).orElseThrow();
            json.put("name", action.name());
            json.put("actionType", action.actionType());
        }
        return json;
    }
}
