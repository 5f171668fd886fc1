package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.CellKey;
import io.github.camelanaplan.simulator.state.CellValues;
import io.github.camelanaplan.simulator.state.DataFormat;
import io.github.camelanaplan.simulator.state.DimensionItem;
import io.github.camelanaplan.simulator.state.Dimensions;
import io.github.camelanaplan.simulator.state.ExportLayout;
import io.github.camelanaplan.simulator.state.LineItem;
import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.ListProperty;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import io.github.camelanaplan.simulator.state.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an export's rows in the column layout {@link ExportLayout} announces in the export metadata, so
 * header and data always agree. Values use the same text forms imports accept (whole numbers without
 * {@code .0}), which makes upload, import, export round trips byte-stable.
 */
final class ExportWriter {

    private final Model model;
    private final CsvWriter csv;
    private final StepContext context;
    private long rows;

    ExportWriter(Model model, CsvWriter csv, StepContext context) {
        this.model = model;
        this.csv = csv;
        this.context = context;
    }

    /** Data rows written so far (the header not counted). */
    long rows() {
        return rows;
    }

    void header(ExportLayout layout) throws IOException {
        csv.write(layout.headerNames());
    }

    private void expectRows(List<List<DimensionItem>> axes) {
        long total = 1;
        try {
            for (List<DimensionItem> axis : axes) {
                total = Math.multiplyExact(total, axis.size());
            }
        } catch (ArithmeticException tooMany) {
            total = Long.MAX_VALUE;
        }
        context.progress().expectRows(total);
    }

    /** One row per item: name, code, parent name (lists with a parent list), then each property. */
    void list(AnaplanList list) throws IOException {
        AnaplanList parentList = list.parentListId() == null ? null
                : model.lists().byId(list.parentListId()).orElse(null);
        context.progress().expectRows(list.store().size());
        for (ListItem item : list.store().all()) {
            List<String> row = new ArrayList<>();
            row.add(item.name());
            row.add(item.code() == null ? "" : item.code());
            if (list.parentListId() != null) {
                row.add(item.parentId() == null || parentList == null ? ""
                        : parentList.store().byId(item.parentId()).map(ListItem::name).orElse(""));
            }
            for (ListProperty property : list.properties()) {
                row.add(item.properties().getOrDefault(property.name(), ""));
            }
            write(row);
        }
    }

    /** Tabular multi-column: one row per combination of the module's dimensions, one column per line item. */
    void module(Module module) {
        List<List<DimensionItem>> axes = new ArrayList<>();
        for (String dimensionId : module.dimensionIds()) {
            axes.add(model.dimension(dimensionId).orElseThrow().items());
        }
        expectRows(axes);
        Combinations.forEach(axes, combination -> {
            Map<String, String> coordinates = new HashMap<>();
            List<String> row = new ArrayList<>();
            for (int i = 0; i < combination.size(); i++) {
                coordinates.put(module.dimensionIds().get(i), combination.get(i).id());
                row.add(combination.get(i).name());
            }
            for (LineItem lineItem : module.lineItems()) {
                row.add(value(lineItem, coordinates));
            }
            writeUnchecked(row);
        });
    }

    /**
     * Grid: for every page combination, one row per combination of the row dimensions, one column per item
     * of the first column dimension (further column dimensions use their first item).
     */
    void view(View view) {
        Module module = model.modules().byId(view.moduleId()).orElseThrow();
        List<String> outerIds = new ArrayList<>(view.pages());
        outerIds.addAll(view.rows());
        List<List<DimensionItem>> axes = new ArrayList<>();
        for (String dimensionId : outerIds) {
            axes.add(ExportLayout.axisDimension(model, module, view, dimensionId).items());
        }
        Map<String, String> fixedColumns = new HashMap<>();
        List<DimensionItem> columnItems = List.of();
        for (int i = 0; i < view.columns().size(); i++) {
            List<DimensionItem> items = ExportLayout.axisDimension(model, module, view, view.columns().get(i)).items();
            if (i == 0) {
                columnItems = items;
            } else if (!items.isEmpty()) {
                fixedColumns.put(view.columns().get(i), items.get(0).id());
            }
        }
        List<DimensionItem> columns = columnItems;
        String firstColumnId = view.columns().isEmpty() ? null : view.columns().get(0);
        int pageCount = view.pages().size();
        expectRows(axes);
        Combinations.forEach(axes, combination -> {
            Map<String, String> coordinates = new HashMap<>(fixedColumns);
            List<String> row = new ArrayList<>();
            for (int i = 0; i < combination.size(); i++) {
                coordinates.put(outerIds.get(i), combination.get(i).id());
                if (i >= pageCount) {
                    row.add(combination.get(i).name());
                }
            }
            for (DimensionItem column : columns) {
                coordinates.put(firstColumnId, column.id());
                row.add(lineItemOf(module, view, coordinates).map(li -> value(li, coordinates)).orElse(""));
            }
            writeUnchecked(row);
        });
    }

    private static java.util.Optional<LineItem> lineItemOf(Module module, View view, Map<String, String> coordinates) {
        String chosen = coordinates.get(Dimensions.LINE_ITEMS_ID);
        if (chosen == null) {
            chosen = view.lineItemIds().isEmpty() ? null : view.lineItemIds().get(0);
        }
        if (chosen == null) {
            return module.lineItems().stream().findFirst();
        }
        return module.lineItem(chosen);
    }

    private String value(LineItem lineItem, Map<String, String> coordinates) {
        if (lineItem.format().type() == DataFormat.NO_DATA) {
            return "";
        }
        List<String> itemIds = new ArrayList<>(lineItem.dimensionIds().size());
        for (String dimensionId : lineItem.dimensionIds()) {
            String itemId = coordinates.get(dimensionId);
            if (itemId == null) {
                return "";
            }
            itemIds.add(itemId);
        }
        Object stored = model.cells().get(new CellKey(lineItem.id(), itemIds)).orElse(null);
        return CellValues.format(lineItem.format(), stored, model);
    }

    private void write(List<String> row) throws IOException {
        if (++rows % StepContext.CANCEL_CHECK_INTERVAL == 0) {
            context.checkCancelled();
            context.progress().rowsWritten(rows);
        }
        csv.write(row);
    }

    private void writeUnchecked(List<String> row) {
        try {
            write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
