package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An import action (id prefix 112).
 *
 * @param id                 import id
 * @param name               name
 * @param importDataSourceId id of the source file (113...) for file imports
 * @param importType         e.g. {@code MODULE_DATA}, {@code HIERARCHY_DATA}
 * @param code               code, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportInfo(String id, String name, String importDataSourceId, String importType, String code) implements NamedObject {
}
