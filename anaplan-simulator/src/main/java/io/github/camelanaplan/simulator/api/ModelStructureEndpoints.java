package io.github.camelanaplan.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.auth.AccessControl;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.Envelopes;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.state.Dimension;
import io.github.camelanaplan.simulator.state.DimensionItem;
import io.github.camelanaplan.simulator.state.Dimensions;
import io.github.camelanaplan.simulator.state.ExportLayout;
import io.github.camelanaplan.simulator.state.LineItem;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.View;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Modules, views and their metadata, line items, dimensions and dimension items, lists. */
final class ModelStructureEndpoints {

    /** Dimension item reads refuse more than this, as Anaplan does (use a read request instead). */
    static final int MAX_DIMENSION_ITEMS = 1_000_000;

    /** The tenant's Users dimension. */
    static final String USERS_DIMENSION_ID = "101999999999";

    private final Tenant tenant;
    private final AccessControl access;

    ModelStructureEndpoints(Tenant tenant, AccessControl access) {
        this.tenant = tenant;
        this.access = access;
    }

    void register(Router router) {
        router.modelScoped("GET", "/modules", this::modules);
        router.modelScoped("GET", "/views", this::views);
        router.modelScoped("GET", "/modules/{moduleId}/views", this::moduleViews);
        router.modelScoped("GET", "/views/{viewId}", this::viewMetadata);
        router.modelScoped("GET", "/views/{viewId}/dimensions/{dimensionId}/items", this::viewDimensionItems);
        router.modelScoped("GET", "/lineItems", this::lineItems);
        router.modelScoped("GET", "/modules/{moduleId}/lineItems", this::moduleLineItems);
        router.modelScoped("GET", "/lineItems/{lineItemId}/dimensions", this::lineItemDimensions);
        router.modelScoped("GET", "/lineItems/{lineItemId}/dimensions/{dimensionId}/items",
                this::lineItemDimensionItems);
        router.modelScoped("GET", "/dimensions/{dimensionId}/items", this::dimensionItems);
        router.modelScoped("POST", "/dimensions/{dimensionId}/items", this::lookupDimensionItems);
        router.modelScoped("GET", "/lists", this::lists);
    }

    private static String schema(ApiRequest request, Model model, String object) {
        return Envelopes.schema(request, "/models/" + model.id() + "/objects/" + object);
    }

    private void modules(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        List<Object> modules = model.modules().all().stream().map(m -> (Object) Representations.module(m)).toList();
        response.json(200, Envelopes.collection(request, schema(request, model, "module"), "modules", modules));
    }

    private void views(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        List<Object> views = model.views().all().stream().map(v -> (Object) Representations.view(v)).toList();
        response.json(200, Envelopes.collection(request, schema(request, model, "view"), "views", views));
    }

    private void moduleViews(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        Module module = module(model, request);
        List<Object> views = model.views().all().stream().filter(v -> v.moduleId().equals(module.id()))
                .map(v -> (Object) Representations.view(v)).toList();
        response.json(200, Envelopes.collection(request, schema(request, model, "view"), "views", views));
    }

    private void viewMetadata(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        View view = model.view(request.pathParam("viewId")).orElseThrow(ApiException::notFound);
        Module module = model.modules().byId(view.moduleId()).orElseThrow(ApiException::notFound);
        Map<String, Object> body = Envelopes.single(schema(request, model, "view"), null, null);
        body.put("viewName", view.name());
        body.put("viewId", view.id());
        putAxis(body, "rows", model, module, view, view.rows());
        putAxis(body, "columns", model, module, view, view.columns());
        putAxis(body, "pages", model, module, view, view.pages());
        response.json(200, body);
    }

    /** Empty axes are omitted, as in Anaplan's responses. */
    private static void putAxis(Map<String, Object> body, String key, Model model, Module module, View view,
                                List<String> dimensionIds) {
        if (dimensionIds.isEmpty()) {
            return;
        }
        body.put(key, dimensionIds.stream()
                .map(id -> Representations.dimension(ExportLayout.axisDimension(model, module, view, id)))
                .toList());
    }

    private void viewDimensionItems(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        View view = model.view(request.pathParam("viewId")).orElseThrow(ApiException::notFound);
        Module module = model.modules().byId(view.moduleId()).orElseThrow(ApiException::notFound);
        String dimensionId = request.pathParam("dimensionId");
        Set<String> onView = new LinkedHashSet<>(view.rows());
        onView.addAll(view.columns());
        onView.addAll(view.pages());
        if (!onView.contains(dimensionId)) {
            throw ApiException.notFound();
        }
        respondItems(request, response, model, ExportLayout.axisDimension(model, module, view, dimensionId).items());
    }

    private void lineItems(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        respondLineItems(request, response, model, model.modules().all());
    }

    private void moduleLineItems(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        respondLineItems(request, response, model, List.of(module(model, request)));
    }

    private static void respondLineItems(ApiRequest request, ApiResponse response, Model model, List<Module> modules)
            throws IOException {
        boolean includeAll = request.queryFlag("includeAll");
        List<Object> items = new ArrayList<>();
        for (Module module : modules) {
            for (LineItem lineItem : module.lineItems()) {
                items.add(Representations.lineItem(lineItem, module, model, includeAll));
            }
        }
        response.json(200, Envelopes.single(schema(request, model, "lineItem"), "items", items));
    }

    private void lineItemDimensions(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        LineItem lineItem = model.lineItem(request.pathParam("lineItemId")).orElseThrow(ApiException::notFound);
        List<Object> dimensions = lineItem.dimensionIds().stream()
                .map(id -> model.dimension(id).orElseThrow())
                .map(d -> (Object) Representations.dimension(d)).toList();
        response.json(200, Envelopes.single(schema(request, model, "dimension"), "dimensions", dimensions));
    }

    private void lineItemDimensionItems(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        LineItem lineItem = model.lineItem(request.pathParam("lineItemId")).orElseThrow(ApiException::notFound);
        String dimensionId = request.pathParam("dimensionId");
        if (!lineItem.dimensionIds().contains(dimensionId)) {
            throw ApiException.notFound();
        }
        respondItems(request, response, model, model.dimension(dimensionId).orElseThrow().items());
    }

    private void dimensionItems(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        String dimensionId = request.pathParam("dimensionId");
        if (Dimensions.TIME_ID.equals(dimensionId)) {
            throw ApiException.badRequest("Time dimension items are not available at model level; "
                    + "read them through a line item or view");
        }
        respondItems(request, response, model, modelDimensionItems(model, dimensionId));
    }

    /**
     * Names or codes to items, case-insensitive; unmatched entries are ignored. AC uses this to turn page
     * names into ids, so Time and Versions resolve here too.
     */
    private void lookupDimensionItems(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        String dimensionId = request.pathParam("dimensionId");
        List<DimensionItem> items = Dimensions.TIME_ID.equals(dimensionId)
                ? model.time().items() : modelDimensionItems(model, dimensionId);
        JsonNode body = request.jsonBody();
        List<String> names = texts(body.path("names"));
        List<String> codes = texts(body.path("codes"));
        if (names.isEmpty() && codes.isEmpty()) {
            throw ApiException.badRequest("Request body must contain a non-empty 'names' or 'codes' array");
        }
        if (!codes.isEmpty() && items.stream().allMatch(i -> i.code() == null)) {
            throw ApiException.badRequest("Dimension " + dimensionId + " has no codes");
        }
        Map<String, DimensionItem> found = new LinkedHashMap<>();
        for (String name : names) {
            items.stream().filter(i -> i.name().equalsIgnoreCase(name)).findFirst()
                    .ifPresent(i -> found.putIfAbsent(i.id(), i));
        }
        for (String code : codes) {
            items.stream().filter(i -> code.equalsIgnoreCase(i.code())).findFirst()
                    .ifPresent(i -> found.putIfAbsent(i.id(), i));
        }
        response.json(200, Envelopes.single(schema(request, model, "item"), "items",
                found.values().stream().map(Representations::dimensionItem).toList()));
    }

    private void lists(ApiRequest request, ApiResponse response) throws IOException {
        Model model = access.readableModel(request);
        List<Object> lists = model.lists().all().stream().map(l -> (Object) Representations.list(l)).toList();
        response.json(200, Envelopes.collection(request, schema(request, model, "list"), "lists", lists));
    }

    /** Lists, list subsets, Versions and the Users dimension; 404 for anything else. */
    private List<DimensionItem> modelDimensionItems(Model model, String dimensionId) {
        if (USERS_DIMENSION_ID.equals(dimensionId)) {
            return tenant.users().stream()
                    .filter(u -> access.isVisible(u, model))
                    .map(u -> new DimensionItem(u.id(), u.email(), null)).toList();
        }
        Optional<Dimension> dimension = model.dimension(dimensionId)
                .filter(d -> !Dimensions.TIME_ID.equals(d.id()));
        if (dimension.isPresent()) {
            return dimension.get().items();
        }
        return model.lists().all().stream()
                .flatMap(list -> list.subsets().stream().filter(s -> s.id().equals(dimensionId)).map(s ->
                        list.store().all().stream().filter(i -> i.subsets().contains(s.id()))
                                .map(i -> new DimensionItem(i.id(), i.name(), i.code())).toList()))
                .findFirst()
                .orElseThrow(ApiException::notFound);
    }

    private static void respondItems(ApiRequest request, ApiResponse response, Model model, List<DimensionItem> items)
            throws IOException {
        if (items.size() > MAX_DIMENSION_ITEMS) {
            throw ApiException.badRequest("Too many items (" + items.size() + "); the limit is "
                    + MAX_DIMENSION_ITEMS + ". Use a read request instead.");
        }
        Map<String, Object> body = Envelopes.single(schema(request, model, "item"), null, null);
        if (!items.isEmpty()) {
            body.put("items", items.stream().map(Representations::dimensionItem).toList());
        }
        response.json(200, body);
    }

    private static Module module(Model model, ApiRequest request) {
        return model.modules().byId(request.pathParam("moduleId")).orElseThrow(ApiException::notFound);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(node -> {
                if (!node.asText().isEmpty()) {
                    values.add(node.asText());
                }
            });
        }
        return values;
    }
}
