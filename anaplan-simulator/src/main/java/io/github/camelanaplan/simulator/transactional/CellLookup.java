package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.CellKey;
import io.github.camelanaplan.simulator.state.CellValues;
import io.github.camelanaplan.simulator.state.DataFormat;
import io.github.camelanaplan.simulator.state.DimensionItem;
import io.github.camelanaplan.simulator.state.Dimensions;
import io.github.camelanaplan.simulator.state.LineItem;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text of one cell from the model's {@link io.github.camelanaplan.simulator.state.CellStore} given
 * the items of a view position. Values are the stored ones: the simulator has no calculation engine, so a
 * formula line item (e.g. Revenue) shows what was seeded or imported, not a recalculation. Cells never written
 * read as the format's default ({@code 0}, {@code false}, empty).
 */
final class CellLookup {

    private final Model model;
    private final Module module;
    private final LineItem defaultLineItem;
    private final Map<String, String> coordinates = new HashMap<>();

    CellLookup(ViewAxes axes) {
        this.model = axes.model();
        this.module = axes.module();
        List<LineItem> lineItems = axes.lineItems();
        this.defaultLineItem = lineItems.isEmpty() ? null : lineItems.get(0);
    }

    /** Sets the items of some dimensions of the current position; later calls override earlier ones. */
    void place(List<ViewAxes.Axis> axes, List<DimensionItem> items) {
        for (int i = 0; i < axes.size(); i++) {
            coordinates.put(axes.get(i).id(), items.get(i).id());
        }
    }

    /** The value at the current position, as text. */
    String value() {
        String lineItemId = coordinates.get(Dimensions.LINE_ITEMS_ID);
        LineItem lineItem = lineItemId == null ? defaultLineItem : module.lineItem(lineItemId).orElse(null);
        return lineItem == null ? "" : value(lineItem);
    }

    String value(LineItem lineItem) {
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
}
