package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A view; a module's default view has the module's id.
 *
 * @param id       view id
 * @param name     name (saved views read {@code Module.View})
 * @param moduleId id of the module
 * @param code     code, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ViewInfo(String id, String name, String moduleId, String code) implements NamedObject {
}
