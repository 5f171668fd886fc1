package io.github.camelanaplan.simulator.seed;

import io.github.camelanaplan.simulator.state.Dimensions;
import io.github.camelanaplan.simulator.state.IdPrefix;
import io.github.camelanaplan.simulator.state.LineItem;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import io.github.camelanaplan.simulator.state.View;
import java.util.ArrayList;
import java.util.List;

/** Creates modules with their line items, default and saved views, then seeds their cells. */
final class ModuleSeeder {

    private final Model model;
    private final Names names;

    ModuleSeeder(Model model, Names names) {
        this.model = model;
        this.names = names;
    }

    void seed(List<ModelFile.ModuleSpec> specs) {
        for (ModelFile.ModuleSpec spec : specs) {
            Module module = define(spec);
            model.modules().put(module);
            model.views().put(defaultView(module, spec.defaultView()));
            for (ModelFile.ViewSpec view : spec.views()) {
                model.views().put(savedView(module, view));
            }
        }
        CellSeeder cells = new CellSeeder(model, names);
        for (ModelFile.ModuleSpec spec : specs) {
            Module module = names.module(spec.name());
            for (ModelFile.CellSpec cell : spec.cells()) {
                cells.seed(module, cell);
            }
        }
    }

    private Module define(ModelFile.ModuleSpec spec) {
        TenantSeeder.require(spec.name(), "module name in model " + model.name());
        String id = spec.id();
        if (id != null) {
            model.ids().reserve(id);
        } else {
            id = model.ids().next(IdPrefix.MODULE);
        }
        List<String> dimensions = spec.dimensions().stream().map(names::dimensionId).toList();
        List<LineItem> lineItems = new ArrayList<>();
        for (ModelFile.LineItemSpec lineItem : spec.lineItems()) {
            List<String> appliesTo = lineItem.appliesTo() == null ? dimensions
                    : lineItem.appliesTo().stream().map(names::dimensionId).toList();
            lineItems.add(new LineItem(model.ids().next(IdPrefix.LINE_ITEM), lineItem.name(), id,
                    names.format(lineItem.format()), appliesTo, lineItem.code(), lineItem.formula()));
        }
        return new Module(id, spec.name(), spec.code(), dimensions, lineItems);
    }

    /**
     * Without explicit axes: first list and Line Items on rows, Time (else Versions) on columns, the rest on
     * pages, which is close to how Anaplan lays out a new module.
     */
    private View defaultView(Module module, ModelFile.ViewSpec spec) {
        if (spec != null) {
            return new View(module.id(), module.name(), module.id(), module.code(), axis(spec.rows()),
                    axis(spec.columns()), axis(spec.pages()), List.of());
        }
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        List<String> remaining = new ArrayList<>(module.dimensionIds());
        remaining.stream().filter(d -> !isBuiltIn(d)).findFirst().ifPresent(rows::add);
        rows.add(Dimensions.LINE_ITEMS_ID);
        remaining.removeAll(rows);
        if (remaining.remove(Dimensions.TIME_ID)) {
            columns.add(Dimensions.TIME_ID);
        } else if (remaining.remove(Dimensions.VERSIONS_ID)) {
            columns.add(Dimensions.VERSIONS_ID);
        }
        pages.addAll(remaining);
        return new View(module.id(), module.name(), module.id(), module.code(), rows, columns, pages, List.of());
    }

    private View savedView(Module module, ModelFile.ViewSpec spec) {
        TenantSeeder.require(spec.name(), "view name in module " + module.name());
        String id = spec.id();
        if (id != null) {
            model.ids().reserve(id);
        } else {
            id = model.ids().next(IdPrefix.VIEW);
        }
        List<String> lineItems = spec.lineItems().stream()
                .map(name -> module.lineItem(name).orElseThrow(() ->
                        new SeedException("Module " + module.name() + " has no line item " + name)).id())
                .toList();
        List<String> all = new ArrayList<>();
        all.addAll(axis(spec.rows()));
        all.addAll(axis(spec.columns()));
        all.addAll(axis(spec.pages()));
        for (String dimension : module.dimensionIds()) {
            if (!all.contains(dimension)) {
                throw new SeedException("View " + spec.name() + " does not place dimension " + dimension);
            }
        }
        return new View(id, module.name() + "." + spec.name(), module.id(), null, axis(spec.rows()),
                axis(spec.columns()), axis(spec.pages()), lineItems);
    }

    private List<String> axis(List<String> dimensionNames) {
        return dimensionNames.stream().map(names::dimensionId).toList();
    }

    private static boolean isBuiltIn(String dimensionId) {
        return dimensionId.equals(Dimensions.TIME_ID) || dimensionId.equals(Dimensions.VERSIONS_ID);
    }
}
