package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Definition of an export ({@code GET .../exports/{id}}, field {@code exportMetadata}).
 *
 * @param columnCount  number of columns
 * @param rowCount     number of rows at the time of the call
 * @param exportFormat e.g. {@code text/csv}
 * @param separator    column separator
 * @param delimiter    text delimiter
 * @param encoding     output encoding
 * @param dataTypes    type of each column, e.g. {@code NUMBER}, {@code ENTITY}
 * @param headerNames  column names
 * @param listNames    list behind each column, where applicable
 * @param layout       layout, e.g. {@code TABULAR_MULTI_COLUMN}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportMetadata(Integer columnCount, Integer rowCount, String exportFormat, String separator,
                             String delimiter, String encoding, List<String> dataTypes, List<String> headerNames,
                             List<String> listNames, String layout) {
}
