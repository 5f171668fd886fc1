package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.Model;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST .../items?action=delete}: removes items named by id, code or name, then the cells they address.
 * Items of child lists whose parent was deleted lose their parent rather than disappearing with it. An entry
 * for an item that does not exist (e.g. a retried batch) is ignored with an {@code ITEM_NOT_FOUND} failure.
 */
final class ListItemDeleter {

    private final Model model;
    private final AnaplanList list;

    ListItemDeleter(Model model, AnaplanList list) {
        this.model = model;
        this.list = list;
    }

    WriteOutcome apply(List<JsonNode> entries) {
        WriteOutcome outcome = new WriteOutcome(entries.size());
        Set<String> deleted = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            try {
                ListItem item = ItemIdentity.find(list, entries.get(i), false);
                list.store().remove(item.id());
                deleted.add(item.id());
                outcome.applied();
            } catch (ItemRejected rejected) {
                outcome.failed(rejected.at(i));
            }
        }
        model.cells().removeItems(deleted);
        orphanChildren(deleted);
        return outcome;
    }

    private void orphanChildren(Set<String> deletedParents) {
        if (deletedParents.isEmpty()) {
            return;
        }
        for (AnaplanList child : model.lists().all()) {
            if (!list.id().equals(child.parentListId())) {
                continue;
            }
            for (ListItem item : child.store().all()) {
                if (item.parentId() != null && deletedParents.contains(item.parentId())) {
                    child.store().replace(new ListItem(item.id(), item.name(), item.code(), null, item.properties(),
                            item.subsets()));
                }
            }
        }
    }
}
