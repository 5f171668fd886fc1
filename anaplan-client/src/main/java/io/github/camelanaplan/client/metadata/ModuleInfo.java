package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A module (id prefix 102).
 *
 * @param id   module id
 * @param name name
 * @param code code, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModuleInfo(String id, String name, String code) implements NamedObject {
}
