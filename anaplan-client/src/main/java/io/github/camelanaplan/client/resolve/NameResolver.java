package io.github.camelanaplan.client.resolve;

import io.github.camelanaplan.client.error.AnaplanAmbiguousNameException;
import io.github.camelanaplan.client.error.AnaplanNameNotFoundException;
import io.github.camelanaplan.client.metadata.NamedObject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Turns an id or a name given by a caller into the object it denotes.
 *
 * <p>Matching order: exact id, then exact name, then case-insensitive name or code. More than one match at the first
 * step that matches anything is an {@link AnaplanAmbiguousNameException}; no match at all is an
 * {@link AnaplanNameNotFoundException} listing the names that do exist.
 *
 * <p>Listings are cached per kind and scope for a bounded time. A value not found in a cached listing triggers one
 * fresh listing before failing, so objects created since the last listing are still found. Thread-safe.
 */
public final class NameResolver {

    /** Names shown in a not-found message before it is cut. */
    static final int MAX_NAMES_SHOWN = 25;

    private final Duration ttl;
    private final Clock clock;
    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

    /**
     * @param ttl   how long a listing is reused; {@link Duration#ZERO} disables caching
     * @param clock clock for expiry
     */
    public NameResolver(Duration ttl, Clock clock) {
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param kind       kind looked up
     * @param scopeKey   identity of the scope, e.g. "workspaceId/modelId"
     * @param scopeLabel human description of the scope for messages, e.g. "model 'Sales' (ABC...)"
     * @param idOrName   what the caller gave
     * @param loader     lists all objects of that kind in that scope
     * @param <T>        object type
     * @return the matching object
     */
    public <T extends NamedObject> T resolve(ObjectKind kind, String scopeKey, String scopeLabel, String idOrName,
                                             Supplier<List<T>> loader) {
        if (idOrName == null || idOrName.isBlank()) {
            throw new IllegalArgumentException("a " + kind.singular() + " id or name is required");
        }
        Key key = new Key(kind, scopeKey);
        Entry entry = cache.get(key);
        boolean fromCache = entry != null && !expired(entry);
        List<T> candidates = fromCache ? cast(entry.objects()) : load(key, loader);
        T found = match(kind, idOrName, candidates);
        if (found == null && fromCache) {
            candidates = load(key, loader);
            found = match(kind, idOrName, candidates);
        }
        if (found == null) {
            throw notFound(kind, scopeLabel, idOrName, candidates);
        }
        return found;
    }

    /**
     * @param kind     kind listed
     * @param scopeKey identity of the scope
     * @param loader   lists all objects
     * @param <T>      object type
     * @return the cached listing when fresh, else a new one
     */
    public <T extends NamedObject> List<T> list(ObjectKind kind, String scopeKey, Supplier<List<T>> loader) {
        Key key = new Key(kind, scopeKey);
        Entry entry = cache.get(key);
        if (entry != null && !expired(entry)) {
            return cast(entry.objects());
        }
        return load(key, loader);
    }

    /** Forgets every cached listing. */
    public void invalidate() {
        cache.clear();
    }

    /**
     * Forgets the cached listings of one kind in every scope.
     *
     * @param kind kind to forget
     */
    public void invalidate(ObjectKind kind) {
        cache.keySet().removeIf(key -> key.kind() == kind);
    }

    /**
     * Forgets the cached listing of one kind in one scope.
     *
     * @param kind     kind to forget
     * @param scopeKey scope
     */
    public void invalidate(ObjectKind kind, String scopeKey) {
        cache.remove(new Key(kind, scopeKey));
    }

    /**
     * Pure matching step, exposed for callers holding a listing already.
     *
     * @param kind       kind looked up (for messages)
     * @param idOrName   what the caller gave
     * @param candidates objects to search
     * @param <T>        object type
     * @return the match, or {@code null} when nothing matches
     */
    public static <T extends NamedObject> T match(ObjectKind kind, String idOrName, List<T> candidates) {
        return match(kind.singular(), kind.plural(), idOrName, candidates);
    }

    /**
     * The same matching step for things that are not an {@link ObjectKind}, such as dimensions and their items.
     *
     * @param singular   what one candidate is called (for messages)
     * @param plural     what several are called (for messages)
     * @param idOrName   what the caller gave
     * @param candidates objects to search
     * @param <T>        object type
     * @return the match, or {@code null} when nothing matches
     */
    public static <T extends NamedObject> T match(String singular, String plural, String idOrName, List<T> candidates) {
        String wanted = idOrName.trim();
        List<T> byId = new ArrayList<>();
        List<T> byName = new ArrayList<>();
        Set<T> loose = new LinkedHashSet<>();
        for (T candidate : candidates) {
            if (wanted.equals(candidate.id())) {
                byId.add(candidate);
            }
            if (wanted.equals(candidate.name())) {
                byName.add(candidate);
            }
            if (wanted.equalsIgnoreCase(nullToEmpty(candidate.name()))
                    || (candidate.code() != null && wanted.equalsIgnoreCase(candidate.code()))) {
                loose.add(candidate);
            }
        }
        for (List<T> step : List.of(byId, byName, new ArrayList<>(loose))) {
            if (step.size() == 1) {
                return step.get(0);
            }
            if (step.size() > 1) {
                List<String> ids = step.stream().map(NamedObject::id).toList();
                throw new AnaplanAmbiguousNameException("'" + idOrName + "' matches " + step.size() + " "
                        + plural + " " + ids + "; give the id or the exact name", singular, idOrName, ids);
            }
        }
        return null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private <T extends NamedObject> List<T> load(Key key, Supplier<List<T>> loader) {
        List<T> objects = List.copyOf(loader.get());
        if (!ttl.isZero()) {
            cache.put(key, new Entry(objects, clock.instant()));
        }
        return objects;
    }

    private boolean expired(Entry entry) {
        return !clock.instant().isBefore(entry.loadedAt().plus(ttl));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<? extends NamedObject> objects) {
        return (List<T>) objects;
    }

    private static AnaplanNameNotFoundException notFound(ObjectKind kind, String scopeLabel, String idOrName,
                                                         List<? extends NamedObject> candidates) {
        List<String> names = candidates.stream().map(NamedObject::name).filter(Objects::nonNull).toList();
        StringBuilder message = new StringBuilder("no ").append(kind.singular()).append(" with id or name '")
                .append(idOrName).append("'");
        if (scopeLabel != null) {
            message.append(" in ").append(scopeLabel);
        }
        if (names.isEmpty()) {
            message.append("; there are no ").append(kind.plural()).append(" visible to this user");
        } else {
            message.append("; available ").append(kind.plural()).append(" (").append(names.size()).append("): ");
            int shown = Math.min(names.size(), MAX_NAMES_SHOWN);
            for (int i = 0; i < shown; i++) {
                message.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append('\'');
            }
            if (names.size() > shown) {
                message.append(", ... and ").append(names.size() - shown).append(" more");
            }
        }
        return new AnaplanNameNotFoundException(message.toString(), kind.singular(), idOrName, names);
    }

    private record Key(ObjectKind kind, String scope) {
    }

    private record Entry(List<? extends NamedObject> objects, Instant loadedAt) {
    }

    /** @return the caching lifetime, for diagnostics */
    public Duration ttl() {
        return ttl;
    }
}
