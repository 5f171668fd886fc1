package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.IdPrefix;
import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.Model;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST .../items?action=add}. Each entry is checked completely before it is added, so a rejected entry
 * leaves no trace. Re-sending items that already exist reports them as ignored with a {@code DUPLICATE}
 * failure each, which lets a client that retried a timed-out batch reconcile.
 *
 * <p>General lists need a name; a code is optional (an empty code counts as none). Numbered lists generate
 * the name ({@code #<index>}) and refuse one in the request.
 */
final class ListItemAdder {

    private final Model model;
    private final AnaplanList list;
    private final ListIndexes indexes;
    private final ItemAttributes attributes;

    ListItemAdder(Model model, AnaplanList list, ListIndexes indexes) {
        this.model = model;
        this.list = list;
        this.indexes = indexes;
        this.attributes = new ItemAttributes(model, list);
    }

    WriteOutcome apply(List<JsonNode> entries) {
        WriteOutcome outcome = new WriteOutcome(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            try {
                add(entries.get(i));
                outcome.applied();
            } catch (ItemRejected rejected) {
                outcome.failed(rejected.at(i));
            }
        }
        return outcome;
    }

    private void add(JsonNode entry) throws ItemRejected {
        if (!entry.isObject()) {
            throw ItemRejected.incorrectFormat("item", entry.toString());
        }
        String name = JsonFields.text(entry, "name");
        String code = JsonFields.text(entry, "code");
        code = code == null || code.isBlank() ? null : code.trim();
        if (list.numbered()) {
            if (name != null) {
                throw new ItemRejected(FailureTypes.NAME_NOT_ALLOWED,
                        "numbered list -- names are generated, column name:name, value:" + name);
            }
        } else if (name == null || name.isBlank()) {
            throw ItemRejected.incompleteData("name");
        } else {
            name = name.trim();
            if (list.store().byName(name).isPresent()) {
                throw ItemRejected.duplicate("name", name);
            }
        }
        if (code != null && list.store().byCode(code).isPresent()) {
            throw ItemRejected.duplicate("code", code);
        }
        String parentId = attributes.parent(entry, null);
        Map<String, String> properties = attributes.properties(entry, Map.of());
        Set<String> subsets = attributes.subsets(entry, Set.of());
        if (list.numbered()) {
            name = "#" + indexes.peek(model, list);
            if (list.store().byName(name).isPresent()) {
                throw ItemRejected.duplicate("name", name);
            }
        }
        ListItem item = new ListItem(model.ids().next(IdPrefix.LIST_ITEM), name, code, parentId, properties, subsets);
        // Claimed before the item is stored: the index never falls below item count + 1.
        indexes.claim(model, list);
        try {
            list.store().add(item);
        } catch (IllegalArgumentException e) {
            // Only possible when a writer outside the model lock (none today) took the name or code meanwhile.
            throw new ItemRejected(FailureTypes.DUPLICATE, "duplicate -- " + e.getMessage());
        }
    }
}
