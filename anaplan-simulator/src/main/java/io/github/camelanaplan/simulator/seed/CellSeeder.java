package io.github.camelanaplan.simulator.seed;

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
import java.util.List;
import java.util.Map;

/** Seeds cells for every combination a {@link ModelFile.CellSpec} selects. */
final class CellSeeder {

    private final Model model;
    private final Names names;

    CellSeeder(Model model, Names names) {
        this.model = model;
        this.names = names;
    }

    void seed(Module module, ModelFile.CellSpec spec) {
        LineItem lineItem = lineItem(module, spec.lineItem());
        List<List<String>> axes = new ArrayList<>();
        for (String dimensionId : lineItem.dimensionIds()) {
            axes.add(select(names.dimension(dimensionId), spec.where()));
        }
        List<LineItem> factors = spec.product().stream().map(name -> lineItem(module, name)).toList();
        if (spec.value() == null && factors.isEmpty()) {
            throw new SeedException("Cells of " + lineItem.name() + " need a value rule or a product");
        }
        int[] n = {0};
        combinations(axes, 0, new ArrayList<>(), coordinates -> {
            n[0]++;
            CellKey key = new CellKey(lineItem.id(), coordinates);
            Object value = factors.isEmpty()
                    ? CellValues.parse(lineItem.format(), spec.value().apply(n[0]), model)
                    : product(factors, coordinates);
            model.cells().put(key, value);
        });
    }

    private LineItem lineItem(Module module, String name) {
        return module.lineItem(name)
                .orElseThrow(() -> new SeedException("Module " + module.name() + " has no line item " + name));
    }

    /** Multiplies other line items' values at the same coordinates (they must share the dimensions). */
    private Double product(List<LineItem> factors, List<String> coordinates) {
        double result = 1;
        for (LineItem factor : factors) {
            if (factor.format().type() != DataFormat.NUMBER) {
                throw new SeedException("Product factor " + factor.name() + " is not a NUMBER");
            }
            Object value = model.cells().get(new CellKey(factor.id(), coordinates)).orElse(0.0);
            result *= ((Number) value).doubleValue();
        }
        return result;
    }

    private List<String> select(Dimension dimension, Map<String, JsonNode> where) {
        JsonNode selector = where.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(dimension.name()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        List<DimensionItem> items = dimension.items();
        if (selector == null || (selector.isTextual() && selector.asText().equalsIgnoreCase("all"))) {
            return items.stream().map(DimensionItem::id).toList();
        }
        if (selector.isObject() && selector.has("first")) {
            return items.stream().limit(selector.get("first").asInt()).map(DimensionItem::id).toList();
        }
        List<String> ids = new ArrayList<>();
        if (selector.isArray()) {
            selector.forEach(node -> ids.add(item(dimension, node.asText())));
        } else {
            ids.add(item(dimension, selector.asText()));
        }
        return ids;
    }

    private static String item(Dimension dimension, String nameOrCode) {
        return dimension.resolveItem(nameOrCode)
                .orElseThrow(() -> new SeedException(dimension.name() + " has no item " + nameOrCode))
                .id();
    }

    private static void combinations(List<List<String>> axes, int depth, List<String> prefix,
                                     java.util.function.Consumer<List<String>> sink) {
        if (depth == axes.size()) {
            sink.accept(List.copyOf(prefix));
            return;
        }
        for (String item : axes.get(depth)) {
            prefix.add(item);
            combinations(axes, depth + 1, prefix, sink);
            prefix.remove(prefix.size() - 1);
        }
    }
}
