package io.github.camelanaplan.simulator.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header of an import source: finds mapped columns by name (ignoring case and surrounding blanks). */
final class SourceColumns {

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    SourceColumns(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(key(names.get(i)), i);
        }
    }

    List<String> names() {
        return names;
    }

    /** The position of a mapped column; the import cannot run without it. */
    int require(String column) throws ActionFailedException {
        Integer position = index.get(key(column));
        if (position == null) {
            throw new ActionFailedException("Column '" + column + "' not found in the header of the source file");
        }
        return position;
    }

    /** The column's position, or -1 when the mapping leaves it out. */
    int optional(String column) throws ActionFailedException {
        return column == null || column.isEmpty() ? -1 : require(column);
    }

    /** A row's value at a position; rows shorter than the header read as empty. */
    static String value(List<String> row, int position) {
        return position >= 0 && position < row.size() ? row.get(position) : "";
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
