package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.Model;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code PUT .../items}: changes the parent, properties, subsets and (for an item named by id) the code of
 * existing items. What an entry does not mention stays as it is. Blanking a code is {@code INCOMPLETE_DATA}.
 */
final class ListItemUpdater {

    private final AnaplanList list;
    private final ItemAttributes attributes;

    ListItemUpdater(Model model, AnaplanList list) {
        this.list = list;
        this.attributes = new ItemAttributes(model, list);
    }

    WriteOutcome apply(List<JsonNode> entries) {
        WriteOutcome outcome = new WriteOutcome(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            try {
                update(entries.get(i));
                outcome.applied();
            } catch (ItemRejected rejected) {
                outcome.failed(rejected.at(i));
            }
        }
        return outcome;
    }

    private void update(JsonNode entry) throws ItemRejected {
        ListItem item = ItemIdentity.find(list, entry, true);
        String code = item.code();
        if (JsonFields.has(entry, "id") && JsonFields.has(entry, "code")) {
            String newCode = JsonFields.text(entry, "code");
            if (newCode.isBlank()) {
                throw ItemRejected.incompleteData("code");
            }
            code = newCode.trim();
            String wanted = code;
            if (list.store().byCode(wanted).filter(other -> !other.id().equals(item.id())).isPresent()) {
                throw ItemRejected.duplicate("code", wanted);
            }
        }
        String parentId = attributes.parent(entry, item.parentId());
        Map<String, String> properties = attributes.properties(entry, item.properties());
        Set<String> subsets = attributes.subsets(entry, item.subsets());
        ListItem updated = new ListItem(item.id(), item.name(), code, parentId, properties, subsets);
        try {
            list.store().replace(updated);
        } catch (IllegalArgumentException e) {
            // The item vanished or its code was taken by a writer that does not hold the model lock.
            throw new ItemRejected(FailureTypes.ITEM_NOT_FOUND, "item changed concurrently -- " + e.getMessage());
        }
    }
}
