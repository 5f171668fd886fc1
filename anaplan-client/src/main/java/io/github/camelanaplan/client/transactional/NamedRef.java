package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.camelanaplan.client.metadata.NamedObject;

/**
 * A reference to a model object (a dimension, a dimension item, a subset, a parent list).
 *
 * @param id   id
 * @param name name
 * @param code code, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NamedRef(String id, String name, String code) implements NamedObject {
}
