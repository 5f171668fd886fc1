package io.github.camelanaplan.simulator.state;

/**
 * An export action (id prefix 116); its output file has the same id.
 *
 * @param exportType e.g. {@code TABULAR_MULTI_COLUMN} or {@code GRID_ALL_PAGES}
 * @param exportFormat MIME type of the output, {@code text/csv}
 * @param layout as listed by {@code /exports}, e.g. {@code TABULAR_MULTI_COLUMN}
 */
public record ExportDef(String id, String name, ExportSourceType sourceType, String sourceId, String exportType,
                        String exportFormat, String layout, String separator, String encoding, String delimiter)
        implements Named {
}
