package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.ListItem;

/**
 * Finds the item an update or delete entry means. An entry names exactly one of {@code id}, {@code code},
 * {@code name}; more than one (or none) is rejected. The one exception is an update that names an {@code id}
 * and a {@code code}: the id identifies and the code is the new code, which is how codes are changed.
 * Items of numbered lists, and items that have a code, cannot be identified by name.
 */
final class ItemIdentity {

    private ItemIdentity() {
    }

    /** @param codeMayChange true for updates, where {@code id} plus {@code code} means "recode" */
    static ListItem find(AnaplanList list, JsonNode entry, boolean codeMayChange) throws ItemRejected {
        if (!entry.isObject()) {
            throw ItemRejected.incorrectFormat("item", entry.toString());
        }
        String id = JsonFields.text(entry, "id");
        String code = JsonFields.text(entry, "code");
        String name = JsonFields.text(entry, "name");
        int identifiers = (id != null ? 1 : 0) + (code != null ? 1 : 0) + (name != null ? 1 : 0);
        boolean recode = codeMayChange && id != null && code != null && name == null;
        if (identifiers != 1 && !recode) {
            throw new ItemRejected(FailureTypes.INVALID_IDENTIFIER, identifiers == 0
                    ? "missing identifier -- give exactly one of id, code, name"
                    : "more than one identifier -- give exactly one of id, code, name");
        }
        if (id != null) {
            return list.store().byId(id).orElseThrow(() -> notFound("id", id));
        }
        if (code != null) {
            if (code.isBlank()) {
                throw new ItemRejected(FailureTypes.INVALID_IDENTIFIER, "blank identifier -- column name:code");
            }
            return list.store().byCode(code.trim()).orElseThrow(() -> notFound("code", code));
        }
        if (list.numbered()) {
            throw new ItemRejected(FailureTypes.INVALID_IDENTIFIER,
                    "numbered list -- identify items by id or code, column name:name, value:" + name);
        }
        ListItem item = list.store().byName(name.trim()).orElseThrow(() -> notFound("name", name));
        if (item.code() != null && !item.code().isEmpty()) {
            throw new ItemRejected(FailureTypes.INVALID_IDENTIFIER,
                    "item has a code -- identify it by code or id, column name:name, value:" + name);
        }
        return item;
    }

    private static ItemRejected notFound(String column, String value) {
        return new ItemRejected(FailureTypes.ITEM_NOT_FOUND, "item not found -- column name:" + column
                + ", value:" + value);
    }
}
