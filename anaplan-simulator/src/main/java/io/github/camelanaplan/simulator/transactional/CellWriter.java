package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.state.CellKey;
import io.github.camelanaplan.simulator.state.CellValues;
import io.github.camelanaplan.simulator.state.DataFormat;
import io.github.camelanaplan.simulator.state.Dimension;
import io.github.camelanaplan.simulator.state.DimensionItem;
import io.github.camelanaplan.simulator.state.LineItem;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies one entry of a module cell write: {@code {lineItemId|lineItemName, dimensions:[{dimensionId|
 * dimensionName, itemId|itemName|itemCode}], value}}. The entry must name every dimension of the line item
 * (Time and Versions included) exactly once. Only a value that differs from the current one counts as changed;
 * a value equal to the format's default (0, false, empty) is stored as "no value".
 */
final class CellWriter {

    private final Model model;
    private final Module module;

    CellWriter(Model model, Module module) {
        this.model = model;
        this.module = module;
    }

    /** @return true when the cell's value changed */
    boolean write(JsonNode entry) throws ItemRejected {
        if (!entry.isObject()) {
            throw new ItemRejected(CellFailureTypes.INVALID_VALUE, "each entry must be a JSON object");
        }
        LineItem lineItem = lineItem(entry);
        if (lineItem.formula() != null && !lineItem.formula().isBlank()) {
            throw new ItemRejected(CellFailureTypes.CELL_IS_CALCULATED,
                    "the cell is a calculated/aggregate cell and is not writeable");
        }
        CellKey key = new CellKey(lineItem.id(), itemIds(lineItem, entry.get("dimensions")));
        Object value = value(lineItem, entry.get("value"));
        Object old = model.cells().get(key).orElse(null);
        String oldText = CellValues.format(lineItem.format(), old, model);
        String newText = CellValues.format(lineItem.format(), value, model);
        boolean isDefault = newText.equals(CellValues.format(lineItem.format(), null, model));
        model.cells().put(key, isDefault ? null : value);
        return !oldText.equals(newText);
    }

    private LineItem lineItem(JsonNode entry) throws ItemRejected {
        String id = JsonFields.text(entry, "lineItemId");
        String name = JsonFields.text(entry, "lineItemName");
        Optional<LineItem> found = id != null
                ? module.lineItems().stream().filter(li -> li.id().equals(id)).findFirst()
                : name != null ? module.lineItems().stream().filter(li -> li.name().equalsIgnoreCase(name)).findFirst()
                : Optional.empty();
        return found.orElseThrow(() -> new ItemRejected(CellFailureTypes.LINE_ITEM_NOT_FOUND,
                "line item not found in module " + module.name() + ": " + (id != null ? id : name)));
    }

    private List<String> itemIds(LineItem lineItem, JsonNode dimensions) throws ItemRejected {
        Map<String, String> chosen = new HashMap<>();
        if (dimensions != null && !dimensions.isNull()) {
            if (!dimensions.isArray()) {
                throw new ItemRejected(CellFailureTypes.INVALID_DIMENSIONS, "dimensions must be an array");
            }
            for (JsonNode selector : dimensions) {
                Dimension dimension = dimension(lineItem, selector);
                if (chosen.put(dimension.id(), item(dimension, selector).id()) != null) {
                    throw new ItemRejected(CellFailureTypes.INVALID_DIMENSIONS,
                            "dimension given more than once: " + dimension.name());
                }
            }
        }
        List<String> itemIds = new ArrayList<>();
        for (String dimensionId : lineItem.dimensionIds()) {
            String itemId = chosen.get(dimensionId);
            if (itemId == null) {
                throw new ItemRejected(CellFailureTypes.INVALID_DIMENSIONS, "missing dimension "
                        + model.dimension(dimensionId).map(Dimension::name).orElse(dimensionId)
                        + " of line item " + lineItem.name());
            }
            itemIds.add(itemId);
        }
        return itemIds;
    }

    private Dimension dimension(LineItem lineItem, JsonNode selector) throws ItemRejected {
        String id = JsonFields.text(selector, "dimensionId");
        String name = JsonFields.text(selector, "dimensionName");
        if (id == null && name == null) {
            throw new ItemRejected(CellFailureTypes.DIMENSION_NOT_FOUND, "dimensionId or dimensionName is required");
        }
        for (String dimensionId : lineItem.dimensionIds()) {
            Optional<Dimension> dimension = model.dimension(dimensionId);
            if (dimension.isPresent() && (id != null ? dimensionId.equals(id)
                    : dimension.get().name().equalsIgnoreCase(name))) {
                return dimension.get();
            }
        }
        boolean known = id != null ? model.dimension(id).isPresent()
                : model.lists().byName(name).isPresent() || name.equalsIgnoreCase(model.time().name())
                || name.equalsIgnoreCase(model.versions().name());
        String what = id != null ? id : name;
        if (known) {
            throw new ItemRejected(CellFailureTypes.INVALID_DIMENSIONS,
                    "line item " + lineItem.name() + " is not dimensioned by " + what);
        }
        throw new ItemRejected(CellFailureTypes.DIMENSION_NOT_FOUND, "dimension not found: " + what);
    }

    private static DimensionItem item(Dimension dimension, JsonNode selector) throws ItemRejected {
        String id = JsonFields.text(selector, "itemId");
        String name = JsonFields.text(selector, "itemName");
        String code = JsonFields.text(selector, "itemCode");
        Optional<DimensionItem> item = id != null ? dimension.item(id)
                : name != null ? dimension.itemByName(name)
                : code != null ? dimension.itemByCode(code)
                : Optional.empty();
        String what = id != null ? id : name != null ? name : code;
        return item.orElseThrow(() -> new ItemRejected(CellFailureTypes.ITEM_NOT_FOUND, what == null
                ? "itemId, itemName or itemCode is required for dimension " + dimension.name()
                : "item not found in dimension " + dimension.name() + ": " + what));
    }

    private Object value(LineItem lineItem, JsonNode node) throws ItemRejected {
        if (node == null || node.isNull()) {
            throw new ItemRejected(CellFailureTypes.NULL_VALUE, "value must not be null");
        }
        if (!node.isValueNode() || lineItem.format().type() == DataFormat.NO_DATA) {
            throw new ItemRejected(CellFailureTypes.INVALID_VALUE,
                    "invalid value for " + lineItem.format().type() + " line item " + lineItem.name() + ": " + node);
        }
        try {
            return CellValues.parse(lineItem.format(), node.asText(), model);
        } catch (IllegalArgumentException e) {
            throw new ItemRejected(CellFailureTypes.INVALID_VALUE,
                    "invalid value for " + lineItem.format().type() + " line item " + lineItem.name() + ": "
                            + node.asText());
        }
    }
}
