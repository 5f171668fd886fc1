package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.ListItems;
import io.github.camelanaplan.simulator.state.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Item changes of a list import, layered over the live list: lookups see the staged state (so later rows
 * see earlier rows' creates and renames) while the list itself stays untouched until {@link #apply}.
 */
final class StagedListItems implements ModelChange {

    private static final Logger LOG = LoggerFactory.getLogger(StagedListItems.class);

    /** Marks a name or code that a staged rename freed. */
    private static final String FREED = "";

    private final String listId;
    private final ListItems live;
    private final Map<String, ListItem> changed = new LinkedHashMap<>();
    private final Set<String> created = new HashSet<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();

    StagedListItems(String listId, ListItems live) {
        this.listId = listId;
        this.live = live;
    }

    Optional<ListItem> byName(String name) {
        return lookup(names, key(name), live.byName(name));
    }

    Optional<ListItem> byCode(String code) {
        return lookup(codes, key(code), live.byCode(code));
    }

    private Optional<ListItem> lookup(Map<String, String> index, String key, Optional<ListItem> fromLive) {
        String id = index.get(key);
        if (id != null) {
            return id.equals(FREED) ? Optional.empty() : Optional.ofNullable(changed.get(id));
        }
        // A live item that was staged under another name or code no longer answers to this one.
        return fromLive.filter(item -> !changed.containsKey(item.id()));
    }

    /** Stages the new state of an item; {@code isNew} for items this import creates. */
    void put(ListItem item, boolean isNew) {
        ListItem previous = changed.containsKey(item.id()) ? changed.get(item.id()) : live.byId(item.id()).orElse(null);
        if (previous != null) {
            free(names, key(previous.name()), item.id());
            if (hasCode(previous)) {
                free(codes, key(previous.code()), item.id());
            }
        }
        changed.put(item.id(), item);
        if (isNew) {
            created.add(item.id());
        }
        names.put(key(item.name()), item.id());
        if (hasCode(item)) {
            codes.put(key(item.code()), item.id());
        }
    }

    private static void free(Map<String, String> index, String key, String id) {
        String holder = index.get(key);
        if (holder == null || holder.equals(id)) {
            index.put(key, FREED);
        }
    }

    @Override
    public Undo apply(Model model) {
        ListItems store = model.lists().byId(listId).orElseThrow().store();
        List<Runnable> undo = new ArrayList<>();
        List<ListItem> pending = new ArrayList<>(changed.values());
        // Renames can depend on each other (A frees a name B takes); retry until nothing more can be placed.
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            List<ListItem> blocked = new ArrayList<>();
            for (ListItem item : pending) {
                if (place(store, item, undo)) {
                    progress = true;
                } else {
                    blocked.add(item);
                }
            }
            pending = blocked;
        }
        pending.forEach(item -> LOG.warn("Import into list {} skipped item {}: its name or code was taken meanwhile",
                listId, item.name()));
        return m -> {
            for (int i = undo.size() - 1; i >= 0; i--) {
                try {
                    undo.get(i).run();
                } catch (IllegalArgumentException e) {
                    LOG.warn("Rollback of an import into list {} could not restore an item: {}", listId,
                            e.getMessage());
                }
            }
        };
    }

    private boolean place(ListItems store, ListItem item, List<Runnable> undo) {
        try {
            Optional<ListItem> old = store.byId(item.id());
            if (old.isPresent()) {
                store.replace(item);
                undo.add(() -> store.replace(old.get()));
            } else if (created.contains(item.id())) {
                store.add(item);
                undo.add(() -> store.remove(item.id()));
            } else {
                // Deleted by someone else since the import read it: nothing to update.
                return true;
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasCode(ListItem item) {
        return item.code() != null && !item.code().isEmpty();
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
