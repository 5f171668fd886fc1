package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.camelanaplan.simulator.state.DimensionItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a view as a grid, the shape of {@code GET .../views/{viewId}/data}.
 *
 * <p>CSV: the selected page item names (line left out when the view has no page dimensions); one header line
 * per column dimension, each starting with one empty cell per row dimension; then one line per row: row item
 * names, then the cells. JSON ({@code format=v1}): {@code pages}, {@code columnCoordinates} and
 * {@code rows[{rowCoordinates, cells}]}, every value a string.
 */
final class GridRenderer {

    private final ViewAxes axes;
    private final PageSelection page;
    private final Combinations rows;
    private final List<List<DimensionItem>> columns;

    GridRenderer(ViewAxes axes, PageSelection page) {
        this.axes = axes;
        this.page = page;
        this.rows = ViewAxes.combinations(axes.rows());
        Combinations columnCombinations = ViewAxes.combinations(axes.columns());
        List<List<DimensionItem>> all = new ArrayList<>();
        for (long i = 0; i < columnCombinations.size(); i++) {
            all.add(columnCombinations.get(i));
        }
        this.columns = all;
    }

    /** Cells on the page; what the 1,000,000-cell limit counts. */
    static long cellCount(ViewAxes axes) {
        return ViewAxes.combinations(axes.rows()).size() * ViewAxes.combinations(axes.columns()).size();
    }

    void csv(CsvWriter csv) throws IOException {
        if (!axes.pages().isEmpty()) {
            csv.row(page.names());
        }
        for (int c = 0; c < axes.columns().size(); c++) {
            csv.blanks(axes.rows().size());
            for (List<DimensionItem> column : columns) {
                csv.field(column.get(c).name());
            }
            csv.endRow();
        }
        if (!page.complete()) {
            return;
        }
        CellLookup cells = startLookup();
        for (long r = 0; r < rows.size(); r++) {
            List<DimensionItem> row = rows.get(r);
            cells.place(axes.rows(), row);
            csv.fields(Combinations.names(row));
            for (List<DimensionItem> column : columns) {
                cells.place(axes.columns(), column);
                csv.field(cells.value());
            }
            csv.endRow();
        }
    }

    void json(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("pages");
        for (String name : page.names()) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("columnCoordinates");
        for (List<DimensionItem> column : columns) {
            writeNames(json, column);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        if (page.complete()) {
            CellLookup cells = startLookup();
            for (long r = 0; r < rows.size(); r++) {
                List<DimensionItem> row = rows.get(r);
                cells.place(axes.rows(), row);
                json.writeStartObject();
                json.writeFieldName("rowCoordinates");
                writeNames(json, row);
                json.writeArrayFieldStart("cells");
                for (List<DimensionItem> column : columns) {
                    cells.place(axes.columns(), column);
                    json.writeString(cells.value());
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private CellLookup startLookup() {
        CellLookup cells = new CellLookup(axes);
        cells.place(axes.pages(), page.items());
        return cells;
    }

    private static void writeNames(JsonGenerator json, List<DimensionItem> items) throws IOException {
        json.writeStartArray();
        for (DimensionItem item : items) {
            json.writeString(item.name());
        }
        json.writeEndArray();
    }
}
