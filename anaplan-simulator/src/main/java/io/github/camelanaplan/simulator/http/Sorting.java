package io.github.camelanaplan.simulator.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The {@code sort} query parameter: {@code +field}/{@code -field}, comma-separated. Two dialects exist:
 * tenant-level lists ({@code /models}, {@code /users}, {@code /workspaces}) validate strictly, model object
 * and task lists accept a bare field and ignore unknown ones.
 */
public final class Sorting {

    private Sorting() {
    }

    /** Strict dialect: prefix mandatory, unknown field rejected, with the real service's messages. */
    public static <T> List<T> strict(ApiRequest request, List<T> items, Map<String, Comparator<T>> fields) {
        String sort = request.query("sort");
        if (sort == null || sort.isEmpty()) {
            return items;
        }
        Comparator<T> comparator = null;
        for (String part : sort.split(",")) {
            char sign = signOf(part);
            if (sign == 0) {
                throw ApiException.badRequest("Bad sort order format: '" + part.trim()
                        + "'. Please follow (-){column_name_1},(+){column_name_2}.. format");
            }
            String field = part.substring(1).trim();
            Comparator<T> fieldComparator = fields.get(field);
            if (fieldComparator == null) {
                throw ApiException.badRequest("Failed to parse sort parameter");
            }
            comparator = append(comparator, sign == '-' ? fieldComparator.reversed() : fieldComparator);
        }
        return sorted(items, comparator);
    }

    /** Lenient dialect: optional prefix, unknown fields skipped (the default order stays). */
    public static <T> List<T> lenient(ApiRequest request, List<T> items, Map<String, Comparator<T>> fields) {
        String sort = request.query("sort");
        if (sort == null || sort.isEmpty()) {
            return items;
        }
        Comparator<T> comparator = null;
        for (String part : sort.split(",")) {
            char sign = signOf(part);
            String field = (sign == 0 ? part : part.substring(1)).trim();
            Comparator<T> fieldComparator = fields.get(field);
            if (fieldComparator != null) {
                comparator = append(comparator, sign == '-' ? fieldComparator.reversed() : fieldComparator);
            }
        }
        return sorted(items, comparator);
    }

    /** An unencoded '+' arrives as a space after query decoding, so a leading space means ascending. */
    private static char signOf(String part) {
        if (part.isEmpty()) {
            return 0;
        }
        char first = part.charAt(0);
        if (first == '+' || first == ' ') {
            return '+';
        }
        return first == '-' ? '-' : 0;
    }

    private static <T> Comparator<T> append(Comparator<T> existing, Comparator<T> next) {
        return existing == null ? next : existing.thenComparing(next);
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> comparator) {
        if (comparator == null) {
            return items;
        }
        List<T> copy = new ArrayList<>(items);
        copy.sort(comparator);
        return copy;
    }
}
