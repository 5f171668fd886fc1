package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.Dimension;
import io.github.camelanaplan.simulator.state.DimensionItem;
import io.github.camelanaplan.simulator.state.Dimensions;
import io.github.camelanaplan.simulator.state.ExportLayout;
import io.github.camelanaplan.simulator.state.LineItem;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import io.github.camelanaplan.simulator.state.View;
import java.util.ArrayList;
import java.util.List;

/**
 * A view with its axes resolved to dimensions and their items, captured once per request so one response is
 * cut from one consistent set of items. The Line Items pseudo-dimension is narrowed to the view's line items.
 */
record ViewAxes(Model model, Module module, View view, List<Axis> rows, List<Axis> columns, List<Axis> pages) {

    /** One dimension on an axis and its items in order. */
    record Axis(Dimension dimension, List<DimensionItem> items) {

        Axis {
            items = List.copyOf(items);
        }

        String id() {
            return dimension.id();
        }

        String name() {
            return dimension.name();
        }
    }

    ViewAxes {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        pages = List.copyOf(pages);
    }

    static ViewAxes of(Model model, View view) {
        Module module = model.modules().byId(view.moduleId()).orElseThrow();
        return new ViewAxes(model, module, view, axes(model, module, view, view.rows()),
                axes(model, module, view, view.columns()), axes(model, module, view, view.pages()));
    }

    private static List<Axis> axes(Model model, Module module, View view, List<String> dimensionIds) {
        List<Axis> axes = new ArrayList<>();
        for (String dimensionId : dimensionIds) {
            Dimension dimension = ExportLayout.axisDimension(model, module, view, dimensionId);
            axes.add(new Axis(dimension, dimension.items()));
        }
        return axes;
    }

    /**
     * The line items the view shows: the Line Items axis when the view has one, else its own line item (a
     * line item's view) or the module's first line item.
     */
    List<LineItem> lineItems() {
        List<Axis> all = new ArrayList<>(rows);
        all.addAll(columns);
        all.addAll(pages);
        for (Axis axis : all) {
            if (axis.id().equals(Dimensions.LINE_ITEMS_ID)) {
                return axis.items().stream().map(item -> module.lineItem(item.id()).orElseThrow()).toList();
            }
        }
        if (!view.lineItemIds().isEmpty()) {
            return view.lineItemIds().stream().map(id -> module.lineItem(id).orElseThrow()).toList();
        }
        return module.lineItems().isEmpty() ? List.of() : List.of(module.lineItems().get(0));
    }

    /** Every axis dimension except Line Items, in the module's dimension order: the tabular layouts' columns. */
    List<Axis> dataAxes() {
        List<Axis> all = new ArrayList<>(rows);
        all.addAll(columns);
        all.addAll(pages);
        List<Axis> ordered = new ArrayList<>();
        for (String dimensionId : module.dimensionIds()) {
            all.stream().filter(axis -> axis.id().equals(dimensionId)).findFirst().ifPresent(ordered::add);
        }
        for (Axis axis : all) {
            if (!ordered.contains(axis) && !axis.id().equals(Dimensions.LINE_ITEMS_ID)) {
                ordered.add(axis);
            }
        }
        return ordered;
    }

    static Combinations combinations(List<Axis> axes) {
        return new Combinations(axes.stream().map(Axis::items).toList());
    }
}
