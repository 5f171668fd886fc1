package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * One cell to write: a line item by id or name, every dimension of the line item (Time and Versions included) and a
 * value (text, number or boolean; never {@code null}).
 *
 * @param lineItemId   line item id, or {@code null}
 * @param lineItemName line item name, or {@code null}
 * @param dimensions   the cell's coordinates; empty for a dimensionless line item
 * @param value        the value
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CellWrite(String lineItemId, String lineItemName, List<CellDimension> dimensions, Object value) {

    /** Copies the coordinates. */
    public CellWrite {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        Objects.requireNonNull(value, "a cell value is required (Anaplan rejects null)");
    }

    /**
     * @param lineItemName line item name
     * @param value        value
     * @param dimensions   coordinates
     * @return the cell write
     */
    public static CellWrite of(String lineItemName, Object value, CellDimension... dimensions) {
        return new CellWrite(null, lineItemName, List.of(dimensions), value);
    }
}
