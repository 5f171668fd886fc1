package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A file of a model: an import data source (id 113...) or an export's output (id = export id, 116...).
 *
 * @param id           file id
 * @param name         file name
 * @param chunkCount   number of chunks currently uploaded or produced
 * @param delimiter    text delimiter, e.g. {@code "}
 * @param encoding     e.g. {@code UTF-8}, {@code ISO-8859-1}, {@code UTF-16LE}
 * @param firstDataRow 1-based first data row (0 for export output)
 * @param format       e.g. {@code txt}
 * @param headerRow    1-based header row (0 for export output)
 * @param separator    column separator
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileInfo(String id, String name, Integer chunkCount, String delimiter, String encoding, Integer firstDataRow, String format, Integer headerRow, String separator) implements NamedObject {
}
