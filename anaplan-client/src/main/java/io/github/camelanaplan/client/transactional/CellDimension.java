package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One coordinate of a cell write: a dimension by id or name, and an item by id, name or code. Exactly one of each
 * pair is sent; {@code null} fields are left out.
 *
 * @param dimensionId   dimension id, or {@code null}
 * @param dimensionName dimension name, or {@code null}
 * @param itemId        item id, or {@code null}
 * @param itemName      item name, or {@code null}
 * @param itemCode      item code, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CellDimension(String dimensionId, String dimensionName, String itemId, String itemName,
                            String itemCode) {

    /**
     * @param dimensionName dimension name, e.g. {@code Products}, {@code Time}, {@code Versions}
     * @param itemName      item name, e.g. {@code Jan 26}
     * @return the coordinate
     */
    public static CellDimension byName(String dimensionName, String itemName) {
        return new CellDimension(null, dimensionName, null, itemName, null);
    }

    /**
     * @param dimensionName dimension name
     * @param itemCode      item code
     * @return the coordinate
     */
    public static CellDimension byCode(String dimensionName, String itemCode) {
        return new CellDimension(null, dimensionName, null, null, itemCode);
    }

    /**
     * @param dimensionId dimension id
     * @param itemId      item id
     * @return the coordinate
     */
    public static CellDimension byIds(String dimensionId, String itemId) {
        return new CellDimension(dimensionId, null, itemId, null, null);
    }
}
