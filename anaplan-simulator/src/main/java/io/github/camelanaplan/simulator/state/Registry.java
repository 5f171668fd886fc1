package io.github.camelanaplan.simulator.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A thread-safe, insertion-ordered collection of model objects with lookups by id, and by name or code
 * ignoring case (as Anaplan's clients resolve names). Reads return snapshots, so callers never see a
 * collection change under them.
 */
public final class Registry<T extends Named> {

    private final Map<String, T> byId = new LinkedHashMap<>();

    /** Adds or replaces (same id) an object, keeping its original position when replacing. */
    public synchronized T put(T value) {
        byId.put(value.id(), value);
        return value;
    }

    public synchronized Optional<T> remove(String id) {
        return Optional.ofNullable(byId.remove(id));
    }

    public synchronized Optional<T> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public synchronized Optional<T> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        return byId.values().stream().filter(v -> v.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Resolves an id, else a name, else a code; how seed files and clients refer to objects. */
    public synchronized Optional<T> resolve(String idNameOrCode) {
        Optional<T> found = byId(idNameOrCode).or(() -> byName(idNameOrCode));
        if (found.isPresent() || idNameOrCode == null) {
            return found;
        }
        return byId.values().stream().filter(v -> idNameOrCode.equalsIgnoreCase(v.code())).findFirst();
    }

    public synchronized List<T> all() {
        return List.copyOf(byId.values());
    }

    public synchronized int size() {
        return byId.size();
    }
}
