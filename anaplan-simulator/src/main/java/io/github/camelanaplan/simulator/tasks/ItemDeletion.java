package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.CellKey;
import io.github.camelanaplan.simulator.state.CellStore;
import io.github.camelanaplan.simulator.state.LineItem;
import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes list items, the cells they address, and the parent link of child items in lists below; keeps
 * everything needed to put it all back when a cancelled process rolls back.
 */
final class ItemDeletion implements ModelChange {

    private final String listId;
    private final List<String> itemIds;

    ItemDeletion(String listId, List<String> itemIds) {
        this.listId = listId;
        this.itemIds = List.copyOf(itemIds);
    }

    @Override
    public Undo apply(Model model) {
        AnaplanList list = model.lists().byId(listId).orElseThrow();
        Set<String> deleted = new HashSet<>();
        List<ListItem> removedItems = new ArrayList<>();
        for (String id : itemIds) {
            list.store().remove(id).ifPresent(item -> {
                removedItems.add(item);
                deleted.add(id);
            });
        }
        Map<CellKey, Object> removedCells = removeCells(model, deleted);
        List<ListItem> orphanedChildren = detachChildren(model, deleted);
        return m -> {
            for (ListItem item : removedItems) {
                list.store().add(item);
            }
            orphanedChildren.forEach(child -> replaceQuietly(m, child));
            removedCells.forEach(m.cells()::put);
        };
    }

    /** One scan per line item that uses the list, rather than one scan of all cells per deleted item. */
    private Map<CellKey, Object> removeCells(Model model, Set<String> deleted) {
        CellStore cells = model.cells();
        Map<CellKey, Object> removed = new HashMap<>();
        for (LineItem lineItem : model.lineItems()) {
            if (!lineItem.dimensionIds().contains(listId)) {
                continue;
            }
            int position = lineItem.dimensionIds().indexOf(listId);
            cells.lineItem(lineItem.id()).forEach((key, value) -> {
                if (deleted.contains(key.itemIds().get(position))) {
                    removed.put(key, value);
                    cells.put(key, null);
                }
            });
        }
        return removed;
    }

    /** Children of deleted items stay but lose their parent; returns their previous state. */
    private List<ListItem> detachChildren(Model model, Set<String> deleted) {
        List<ListItem> previous = new ArrayList<>();
        for (AnaplanList child : model.lists().all()) {
            if (!listId.equals(child.parentListId())) {
                continue;
            }
            for (ListItem item : child.store().all()) {
                if (item.parentId() != null && deleted.contains(item.parentId())) {
                    previous.add(item);
                    child.store().replace(new ListItem(item.id(), item.name(), item.code(), null, item.properties(),
                            item.subsets()));
                }
            }
        }
        return previous;
    }

    private static void replaceQuietly(Model model, ListItem item) {
        model.lists().all().stream().filter(l -> l.store().byId(item.id()).isPresent()).findFirst()
                .ifPresent(l -> l.store().replace(item));
    }
}
