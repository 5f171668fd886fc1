package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A list (id prefix 101).
 *
 * @param id   list id
 * @param name name
 * @param code code, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListInfo(String id, String name, String code) implements NamedObject {
}
