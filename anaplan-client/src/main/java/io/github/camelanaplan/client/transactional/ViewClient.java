package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.PollSchedule;
import io.github.camelanaplan.client.http.Urls;
import io.github.camelanaplan.client.metadata.ViewInfo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * View metadata and data of one model. Views are named by id or name (a module's default view has the module's id
 * and name). Page selectors map a page dimension (id or name) to an item (id, name or code); unselected page
 * dimensions show their first item. Thread-safe.
 */
public final class ViewClient {

    /** Joins the items of a column coordinate when several dimensions are on columns. */
    public static final String COLUMN_LABEL_SEPARATOR = " / ";

    private final ModelClient model;
    private final ModelRequests requests;
    private final PollSchedule polls;

    ViewClient(ModelClient model, ModelRequests requests, PollSchedule polls) {
        this.model = model;
        this.requests = requests;
        this.polls = polls;
    }

    /**
     * @param view view id or name
     * @return its rows, columns and pages dimensions
     */
    public ViewMetadata metadata(String view) {
        return metadata(model.resolveView(view));
    }

    /**
     * Reads one page of a view as JSON and maps the grid to rows: each row map holds the row dimensions' names with
     * the row's item names, then one entry per column coordinate (its items joined with {@value #COLUMN_LABEL_SEPARATOR})
     * with the cell value as text. Reads the metadata first to name the row dimensions.
     *
     * @param view          view id or name
     * @param pageSelectors page dimension id or name to item id, name or code; may be empty
     * @return the rows in view order
     */
    public List<Map<String, String>> readView(String view, Map<String, String> pageSelectors) {
        ViewInfo info = model.resolveView(view);
        ViewMetadata metadata = metadata(info);
        String url = dataUrl(info, metadata, pageSelectors, true);
        JsonNode root = requests.getJson(url, "read data of view " + label(info));
        List<String> columnLabels = new ArrayList<>();
        for (JsonNode coordinate : root.path("columnCoordinates")) {
            StringJoiner joiner = new StringJoiner(COLUMN_LABEL_SEPARATOR);
            coordinate.forEach(item -> joiner.add(item.asText()));
            columnLabels.add(joiner.toString());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode row : root.path("rows")) {
            Map<String, String> values = new LinkedHashMap<>();
            JsonNode coordinates = row.path("rowCoordinates");
            for (int i = 0; i < coordinates.size(); i++) {
                String dimension = i < metadata.rows().size() ? metadata.rows().get(i).name() : "row" + i;
                values.put(dimension, coordinates.get(i).asText());
            }
            JsonNode cells = row.path("cells");
            for (int i = 0; i < cells.size(); i++) {
                String column = i < columnLabels.size() ? columnLabels.get(i) : "column" + i;
                values.put(column, cells.get(i).isNull() ? null : cells.get(i).asText());
            }
            rows.add(values);
        }
        return rows;
    }

    /**
     * Reads one page of a view as Anaplan's CSV grid (page items line, column header lines, then rows). Received
     * whole before the stream is returned; views over 1,000,000 cells need {@link #readLarge}.
     *
     * @param view          view id or name
     * @param pageSelectors page dimension id or name to item id, name or code; may be empty
     * @return the CSV bytes
     */
    public InputStream readViewCsv(String view, Map<String, String> pageSelectors) {
        ViewInfo info = model.resolveView(view);
        ViewMetadata metadata = pageSelectors.isEmpty() ? null : metadata(info);
        String url = dataUrl(info, metadata, pageSelectors, false);
        return new ByteArrayInputStream(requests.getBytes(url, ModelRequests.CSV,
                "read data of view " + label(info) + " as CSV", null));
    }

    /**
     * Reads a view of any size through a large-volume read request, as one CSV stream in the given layout. The
     * request is deleted when the stream ends, fails or is closed. Needs the workspace administrator role.
     *
     * @param view       view id or name
     * @param exportType {@code TABULAR_MULTI_COLUMN}, {@code TABULAR_SINGLE_COLUMN} or {@code GRID_ALL_PAGES}
     * @return the CSV stream
     */
    public ReadRequestInputStream readLarge(String view, String exportType) {
        ViewInfo info = model.resolveView(view);
        return new ReadRequestInputStream(requests, requests.url("views", info.id(), "readRequests"),
                "viewReadRequest", Map.of("exportType", exportType), polls, "view " + label(info));
    }

    /**
     * Turns page selectors given by name into {@code dimensionId:itemId}, looking items up among the view's items of
     * that dimension.
     *
     * @param view          view id or name
     * @param pageSelectors page dimension id or name to item id, name or code
     * @return selectors by dimension id, item ids
     * @throws io.github.camelanaplan.client.error.AnaplanNameNotFoundException naming the available dimensions or
     *                                                                          items
     */
    public Map<String, String> resolvePageSelectors(String view, Map<String, String> pageSelectors) {
        ViewInfo info = model.resolveView(view);
        return resolve(info, metadata(info), pageSelectors);
    }

    private Map<String, String> resolve(ViewInfo info, ViewMetadata metadata, Map<String, String> pageSelectors) {
        Map<String, String> resolved = new LinkedHashMap<>();
        pageSelectors.forEach((dimension, item) -> {
            NamedRef dim = Names.match("page dimension", dimension, metadata.pages(), "view " + label(info));
            List<NamedRef> items = dimensionItems(info, dim);
            NamedRef match = Names.match("item", item, items, "dimension '" + dim.name() + "' of view " + label(info));
            resolved.put(dim.id(), match.id());
        });
        return resolved;
    }

    private List<NamedRef> dimensionItems(ViewInfo info, NamedRef dimension) {
        JsonNode root = requests.getJson(requests.url("views", info.id(), "dimensions", dimension.id(), "items"),
                "read items of dimension '" + dimension.name() + "' in view " + label(info));
        try {
            return requests.json().bindList(root.path("items"), NamedRef.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected dimension items", e);
        }
    }

    private String dataUrl(ViewInfo info, ViewMetadata metadata, Map<String, String> pageSelectors, boolean json) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (json) {
            query.put("format", "v1");
        }
        if (!pageSelectors.isEmpty()) {
            StringJoiner pages = new StringJoiner(",");
            resolve(info, metadata, pageSelectors).forEach((dim, item) -> pages.add(dim + ":" + item));
            query.put("pages", pages.toString());
        }
        return Urls.withQuery(requests.directUrl("views", info.id(), "data"), query);
    }

    private ViewMetadata metadata(ViewInfo info) {
        JsonNode root = requests.getJson(requests.url("views", info.id()), "read metadata of view " + label(info));
        try {
            return requests.json().bind(root, ViewMetadata.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected view metadata of " + label(info), e);
        }
    }

    private static String label(ViewInfo info) {
        return "'" + info.name() + "' (" + info.id() + ")";
    }
}
