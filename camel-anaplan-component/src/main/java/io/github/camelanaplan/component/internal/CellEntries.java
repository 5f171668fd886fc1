package io.github.camelanaplan.component.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.camelanaplan.client.transactional.CellDimension;
import io.github.camelanaplan.client.transactional.CellWrite;

/**
 * Turns {@code cell-write} body entries into {@link CellWrite}s, lazily. An entry is {@code lineItem} (name or id,
 * or explicit {@code lineItemId}/{@code lineItemName}), {@code dimensions} and {@code value}. Dimensions are either
 * a map of dimension to item (names, or ids when both are ids), or a list of maps with
 * {@code dimensionId}/{@code dimensionName} and {@code itemId}/{@code itemName}/{@code itemCode}.
 */
final class CellEntries implements Iterator<CellWrite> {

    /** Anaplan object ids are 12 digits; names that look like that are rare enough to accept the ambiguity. */
    private static final Pattern ID = Pattern.compile("\\d{12}");

    private final Iterator<?> maps;
    private long index;

    CellEntries(Iterator<?> maps) {
        this.maps = maps;
    }

    @Override
    public boolean hasNext() {
        return maps.hasNext();
    }

    @Override
    public CellWrite next() {
        long position = index++;
        Object entry = maps.next();
        if (!(entry instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("Cell entry " + position + " is a "
                                               + (entry == null ? "null" : entry.getClass().getName()) + ", expected a map (object)");
        }
        Object value = map.get("value");
        if (value == null) {
            throw new IllegalArgumentException("Cell entry " + position + " has no 'value' (Anaplan rejects null values)");
        }
        String lineItemId = text(map.get("lineItemId"));
        String lineItemName = text(map.get("lineItemName"));
        String lineItem = text(map.get("lineItem"));
        if (lineItem != null) {
            if (ID.matcher(lineItem).matches()) {
                lineItemId = lineItem;
            } else {
                lineItemName = lineItem;
            }
        }
        if (lineItemId == null && lineItemName == null) {
            throw new IllegalArgumentException("Cell entry " + position + " names no line item: set 'lineItem'");
        }
        return new CellWrite(lineItemId, lineItemName, dimensions(map.get("dimensions"), position), value);
    }

    private static List<CellDimension> dimensions(Object value, long position) {
        List<CellDimension> dimensions = new ArrayList<>();
        if (value instanceof Map<?, ?> byDimension) {
            byDimension.forEach((dimension, item) -> {
                String d = String.valueOf(dimension);
                String i = String.valueOf(item);
                dimensions.add(ID.matcher(d).matches() && ID.matcher(i).matches() ? CellDimension.byIds(d, i)
                        : CellDimension.byName(d, i));
            });
        } else if (value instanceof Iterable<?> coordinates) {
            for (Object coordinate : coordinates) {
                if (!(coordinate instanceof Map<?, ?> c)) {
                    throw new IllegalArgumentException("Cell entry " + position + ": each dimension must be a map");
                }
                dimensions.add(new CellDimension(text(c.get("dimensionId")), text(c.get("dimensionName")),
                        text(c.get("itemId")), text(c.get("itemName")), text(c.get("itemCode"))));
            }
        } else if (value != null) {
            throw new IllegalArgumentException("Cell entry " + position + ": 'dimensions' must be a map or a list of maps");
        }
        return dimensions;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
