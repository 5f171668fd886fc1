package io.github.camelanaplan.simulator.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The items of one list with name and code indexes. All methods are atomic; {@link #all()} returns a
 * snapshot. Names and codes are unique ignoring case, as in Anaplan.
 */
public final class ListItems {

    private final Map<String, ListItem> byId = new LinkedHashMap<>();
    private final Map<String, ListItem> byName = new java.util.HashMap<>();
    private final Map<String, ListItem> byCode = new java.util.HashMap<>();

    /** Adds a new item; fails when the id, name or code is taken. */
    public synchronized void add(ListItem item) {
        if (byId.containsKey(item.id())) {
            throw new IllegalArgumentException("duplicate item id " + item.id());
        }
        checkFree(item, null);
        index(item);
    }

    /** Replaces the item with the same id, keeping its position; fails if the new name or code is taken. */
    public synchronized void replace(ListItem item) {
        ListItem old = byId.get(item.id());
        if (old == null) {
            throw new IllegalArgumentException("unknown item id " + item.id());
        }
        checkFree(item, old);
        unindexNames(old);
        index(item);
    }

    public synchronized Optional<ListItem> remove(String id) {
        ListItem removed = byId.remove(id);
        if (removed != null) {
            unindexNames(removed);
        }
        return Optional.ofNullable(removed);
    }

    public synchronized Optional<ListItem> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public synchronized Optional<ListItem> byName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(key(name)));
    }

    public synchronized Optional<ListItem> byCode(String code) {
        return Optional.ofNullable(code == null || code.isEmpty() ? null : byCode.get(key(code)));
    }

    public synchronized List<ListItem> all() {
        return List.copyOf(byId.values());
    }

    public synchronized int size() {
        return byId.size();
    }

    private void checkFree(ListItem item, ListItem self) {
        ListItem sameName = byName.get(key(item.name()));
        if (sameName != null && sameName != self) {
            throw new IllegalArgumentException("duplicate item name " + item.name());
        }
        if (item.code() != null && !item.code().isEmpty()) {
            ListItem sameCode = byCode.get(key(item.code()));
            if (sameCode != null && sameCode != self) {
                throw new IllegalArgumentException("duplicate item code " + item.code());
            }
        }
    }

    private void index(ListItem item) {
        byId.put(item.id(), item);
        byName.put(key(item.name()), item);
        if (item.code() != null && !item.code().isEmpty()) {
            byCode.put(key(item.code()), item);
        }
    }

    private void unindexNames(ListItem item) {
        byName.remove(key(item.name()));
        if (item.code() != null && !item.code().isEmpty()) {
            byCode.remove(key(item.code()));
        }
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
