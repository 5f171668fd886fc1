package io.github.camelanaplan.simulator.state;

import java.util.List;

/**
 * Address of one cell: the line item and one item id per dimension, in the line item's
 * {@link LineItem#dimensionIds()} order.
 */
public record CellKey(String lineItemId, List<String> itemIds) {

    public CellKey {
        itemIds = List.copyOf(itemIds);
    }
}
