package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An export action (id prefix 116; its output file has the same id).
 *
 * @param id           export id
 * @param name         name
 * @param exportType   e.g. {@code TABULAR_MULTI_COLUMN}
 * @param exportFormat e.g. {@code text/csv}
 * @param encoding     output encoding, if reported
 * @param layout       layout, if reported
 * @param code         code, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportInfo(String id, String name, String exportType, String exportFormat, String encoding, String layout, String code) implements NamedObject {
}
