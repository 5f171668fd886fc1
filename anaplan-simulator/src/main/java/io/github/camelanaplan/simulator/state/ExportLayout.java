package io.github.camelanaplan.simulator.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of an export's output, shared by {@code GET .../exports/{id}} ({@code exportMetadata}) and the
 * task engine that writes the file, so both always agree.
 *
 * <ul>
 *   <li>LIST source: item name (header = list name), {@code Code}, {@code Parent} (when the list has a parent
 *       list), then one column per property; one row per item.</li>
 *   <li>MODULE source (tabular multi-column): one column per module dimension (list names, {@code Time},
 *       {@code Versions}), then one per line item; one row per combination of dimension items.</li>
 *   <li>VIEW source (grid): the view's row dimensions, then one column per item of its first column
 *       dimension; one row per row-item combination per page combination.</li>
 * </ul>
 *
 * @param dataTypes  per column: {@code ENTITY}, {@code TIME_ENTITY}, {@code NUMBER}, {@code TEXT}, {@code BOOLEAN},
 *                   {@code DATE} or {@code MIXED}
 * @param listNames  the lists the output is organised by
 */
public record ExportLayout(List<String> headerNames, List<String> dataTypes, List<String> listNames, long rowCount) {

    public ExportLayout {
        headerNames = List.copyOf(headerNames);
        dataTypes = List.copyOf(dataTypes);
        listNames = List.copyOf(listNames);
    }

    public int columnCount() {
        return headerNames.size();
    }

    public static ExportLayout of(Model model, ExportDef export) {
        return switch (export.sourceType()) {
            case LIST -> list(model, model.lists().byId(export.sourceId()).orElseThrow());
            case MODULE -> module(model, model.modules().byId(export.sourceId()).orElseThrow());
            case VIEW -> view(model, model.view(export.sourceId()).orElseThrow());
        };
    }

    private static ExportLayout list(Model model, AnaplanList list) {
        List<String> headers = new ArrayList<>(List.of(list.name(), "Code"));
        List<String> types = new ArrayList<>(List.of("ENTITY", "TEXT"));
        if (list.parentListId() != null) {
            headers.add("Parent");
            types.add("ENTITY");
        }
        for (ListProperty property : list.properties()) {
            headers.add(property.name());
            types.add(dataType(property.format()));
        }
        return new ExportLayout(headers, types, List.of(list.name()), list.store().size());
    }

    private static ExportLayout module(Model model, Module module) {
        List<String> headers = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        long rows = 1;
        for (String dimensionId : module.dimensionIds()) {
            Dimension dimension = model.dimension(dimensionId).orElseThrow();
            headers.add(dimension.name());
            types.add(dimensionId.equals(Dimensions.TIME_ID) ? "TIME_ENTITY" : "ENTITY");
            if (!dimensionId.equals(Dimensions.TIME_ID)) {
                lists.add(dimension.name());
            }
            rows *= dimension.items().size();
        }
        for (LineItem lineItem : module.lineItems()) {
            headers.add(lineItem.name());
            types.add(dataType(lineItem.format()));
        }
        return new ExportLayout(headers, types, lists, rows);
    }

    private static ExportLayout view(Model model, View view) {
        Module module = model.modules().byId(view.moduleId()).orElseThrow();
        List<String> headers = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        long rows = 1;
        for (String dimensionId : view.rows()) {
            Dimension dimension = axisDimension(model, module, view, dimensionId);
            headers.add(dimension.name());
            types.add(dimensionId.equals(Dimensions.TIME_ID) ? "TIME_ENTITY" : "ENTITY");
            lists.add(dimension.name());
            rows *= dimension.items().size();
        }
        for (String dimensionId : view.pages()) {
            rows *= axisDimension(model, module, view, dimensionId).items().size();
        }
        if (!view.columns().isEmpty()) {
            for (DimensionItem item : axisDimension(model, module, view, view.columns().get(0)).items()) {
                headers.add(item.name());
                types.add("MIXED");
            }
        }
        return new ExportLayout(headers, types, lists, rows);
    }

    /** A view axis dimension; the Line Items pseudo-dimension is narrowed to the view's line items. */
    public static Dimension axisDimension(Model model, Module module, View view, String dimensionId) {
        if (dimensionId.equals(Dimensions.LINE_ITEMS_ID) && !view.lineItemIds().isEmpty()) {
            return new LineItemsDimension(module.lineItems().stream()
                    .filter(li -> view.lineItemIds().contains(li.id())).toList());
        }
        return model.dimension(dimensionId, module).orElseThrow();
    }

    static String dataType(ValueFormat format) {
        return switch (format.type()) {
            case NUMBER -> "NUMBER";
            case TEXT -> "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case LIST -> "ENTITY";
            case NO_DATA -> "NONE";
        };
    }
}
