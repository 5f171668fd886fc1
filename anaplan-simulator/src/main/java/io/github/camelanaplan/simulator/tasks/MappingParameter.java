package io.github.camelanaplan.simulator.tasks;

import java.util.Locale;

/**
 * One {@code mappingParameters} entry: which item of a dimension ({@code entityType}, e.g. {@code Version})
 * an import takes for a dimension mapped to a runtime parameter.
 *
 * @param importId optional (Anaplan Connect): only the import with this id inside a process uses it
 */
public record MappingParameter(String entityType, String entityName, String importId) {

    /**
     * True for the named dimension. Anaplan's examples say {@code Version} for the dimension called
     * {@code Versions}, so a trailing plural "s" is ignored on both sides.
     */
    public boolean isFor(String dimensionName, String forImportId) {
        if (importId != null && !importId.isEmpty() && !importId.equals(forImportId)) {
            return false;
        }
        return entityType != null && singular(entityType).equals(singular(dimensionName));
    }

    private static String singular(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
