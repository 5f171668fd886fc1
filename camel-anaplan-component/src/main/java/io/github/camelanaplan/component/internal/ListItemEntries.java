package io.github.camelanaplan.component.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.camelanaplan.client.transactional.ListItemWrite;

/**
 * Turns one entry of a {@code list-write} body (a map from a list, JSON or a CSV row) into a {@link ListItemWrite}.
 * Keys {@code name}, {@code code}, {@code parent}, {@code id}, {@code properties} and {@code subsets} are fields;
 * any other top-level key is a property, so a flat row (CSV, a database row) needs no reshaping. The attributes
 * that only a read returns ({@code parentId}, {@code listId}, {@code listName}, {@code read}, {@code write}) are
 * skipped, so what {@code list-read} produced can be changed and written back.
 */
public final class ListItemEntries {

    private static final Set<String> READ_ONLY = Set.of("parentId", "listId", "listName", "read", "write");

    private ListItemEntries() {
    }

    /** @param index the entry's 0-based position, named in errors so the user finds the bad entry */
    public static ListItemWrite fromMap(Map<?, ?> entry, long index) {
        String id = null;
        String name = null;
        String code = null;
        String parent = null;
        Map<String, String> properties = new LinkedHashMap<>();
        Map<String, Boolean> subsets = null;
        for (Map.Entry<?, ?> field : entry.entrySet()) {
            String key = String.valueOf(field.getKey());
            Object value = field.getValue();
            if (READ_ONLY.contains(key)) {
                // Anaplan would reject them as unknown columns. Matched exactly, so a property called "Read" stays.
                continue;
            }
            switch (key.toLowerCase(Locale.ROOT)) {
                case "id" -> id = text(value);
                case "name" -> name = text(value);
                case "code" -> code = text(value);
                case "parent" -> parent = text(value);
                case "properties" -> properties.putAll(properties(value, index));
                case "subsets" -> subsets = subsets(value, index);
                default -> {
                    if (value != null) {
                        properties.put(key, String.valueOf(value));
                    }
                }
            }
        }
        return new ListItemWrite(id, name, code, parent, properties.isEmpty() ? null : properties, subsets);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        return text.isEmpty() ? null : text;
    }

    private static Map<String, String> properties(Object value, long index) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("List entry " + index + ": 'properties' must be a map, was "
                                               + value.getClass().getName());
        }
        Map<String, String> properties = new LinkedHashMap<>();
        // A null value is left out (property unchanged); an empty text clears the property in Anaplan.
        map.forEach((k, v) -> {
            if (v != null) {
                properties.put(String.valueOf(k), String.valueOf(v));
            }
        });
        return properties;
    }

    private static Map<String, Boolean> subsets(Object value, long index) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("List entry " + index + ": 'subsets' must be a map of subset name to true/false, was "
                                               + value.getClass().getName());
        }
        Map<String, Boolean> subsets = new LinkedHashMap<>();
        map.forEach((k, v) -> subsets.put(String.valueOf(k), v instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(v))));
        return subsets;
    }

    /** Maps lazily over any iterator of maps, so a million-entry source is never held twice. */
    public static CloseableIterator<ListItemWrite> fromMaps(Iterator<?> maps, Closeable source) {
        return new CloseableIterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return maps.hasNext();
            }

            @Override
            public ListItemWrite next() {
                long position = index++;
                Object entry = maps.next();
                if (!(entry instanceof Map<?, ?> map)) {
                    throw new IllegalArgumentException("List entry " + position + " is a "
                                                       + (entry == null ? "null" : entry.getClass().getName())
                                                       + ", expected a map (object)");
                }
                return fromMap(map, position);
            }

            @Override
            public void close() throws IOException {
                if (source != null) {
                    source.close();
                }
            }
        };
    }

    /** An iterator over a source that must be closed (a stream or a file), or nothing to close. */
    public interface CloseableIterator<T> extends Iterator<T>, Closeable {
    }
}
