package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Definition of an import ({@code GET .../imports/{id}}, field {@code importMetadata}).
 *
 * @param name   import name
 * @param type   {@code FILE} or {@code MODEL}
 * @param source how the source file is parsed, for file imports
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportMetadata(String name, String type, Source source) {

    /**
     * Parsing settings of the import's source file.
     *
     * @param textEncoding     file encoding
     * @param columnSeparator  column separator
     * @param textDelimiter    text delimiter
     * @param headerRow        1-based header row
     * @param firstDataRow     1-based first data row
     * @param decimalSeparator decimal separator
     * @param headerNames      column names
     * @param columnCount      number of columns
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String textEncoding, String columnSeparator, String textDelimiter, Integer headerRow,
                         Integer firstDataRow, String decimalSeparator, List<String> headerNames,
                         Integer columnCount) {
    }
}
