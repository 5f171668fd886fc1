package io.github.camelanaplan.simulator.state;

import java.util.List;

/** The Line Items pseudo-dimension of one module, as it appears on a view axis. */
public record LineItemsDimension(List<LineItem> lineItems) implements Dimension {

    public LineItemsDimension {
        lineItems = List.copyOf(lineItems);
    }

    @Override
    public String id() {
        return Dimensions.LINE_ITEMS_ID;
    }

    @Override
    public String name() {
        return "Line Items";
    }

    @Override
    public List<DimensionItem> items() {
        return lineItems.stream().map(li -> new DimensionItem(li.id(), li.name(), li.code())).toList();
    }
}
