package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.Envelopes;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.Model;
import java.io.IOException;
import java.util.Locale;

/** List metadata and list items (JSON or CSV, streamed). */
final class ListReadEndpoints {

    private final Lookups lookups;
    private final ListSources sources;
    private final ListIndexes indexes;
    private final TransactionalSettings settings;
    private final ObjectMapper json;

    ListReadEndpoints(Lookups lookups, ListSources sources, ListIndexes indexes, TransactionalSettings settings,
                      ObjectMapper json) {
        this.lookups = lookups;
        this.sources = sources;
        this.indexes = indexes;
        this.settings = settings;
        this.json = json;
    }

    void register(Router router) {
        router.modelScoped("GET", "/lists/{listId}", this::metadata);
        router.modelScoped("GET", "/lists/{listId}/items", this::items);
    }

    private void metadata(ApiRequest request, ApiResponse response) throws IOException {
        Model model = lookups.readableModel(request);
        AnaplanList list = Lookups.list(model, request);
        response.json(200, Envelopes.single(schema(request, model), "metadata",
                ListMetadata.of(model, list, sources.size(model, list), indexes.peek(model, list))));
    }

    private void items(ApiRequest request, ApiResponse response) throws IOException {
        Model model = lookups.readableModel(request);
        AnaplanList list = Lookups.list(model, request);
        int limit = settings.limits().maxListItemsRead();
        if (sources.size(model, list) > limit) {
            throw ApiException.badRequest(String.format(Locale.ROOT,
                    "The list contains more than %,d items. Use a large volume read request instead.", limit));
        }
        ListItemSource items = sources.of(model, list);
        ListItemColumns columns = new ListItemColumns(model, list, request.queryFlag("includeAll"));
        if (MediaTypes.acceptsCsv(request)) {
            response.write(200, MediaTypes.CSV, -1, out -> {
                CsvWriter csv = new CsvWriter(out, MediaTypes.quoting(request));
                csv.row(columns.header());
                for (int i = 0; i < items.size(); i++) {
                    csv.row(columns.row(items.get(i)));
                }
                csv.flush();
            });
            return;
        }
        response.write(200, MediaTypes.JSON, -1, out -> {
            try (JsonGenerator generator = json.createGenerator(out)) {
                generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                generator.writeStartObject();
                generator.writeObjectField("meta", java.util.Map.of("schema", schema(request, model)));
                generator.writeObjectField("status", Envelopes.success());
                generator.writeArrayFieldStart("listItems");
                for (int i = 0; i < items.size(); i++) {
                    columns.writeJson(generator, items.get(i));
                }
                generator.writeEndArray();
                generator.writeEndObject();
            }
        });
    }

    static String schema(ApiRequest request, Model model) {
        return Envelopes.schema(request, "/models/" + model.id() + "/objects/list");
    }
}
