package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An "other" action (id prefix 117) such as delete-by-selection or optimizer.
 *
 * @param id         action id
 * @param name       name
 * @param actionType e.g. {@code DELETE_BY_SELECTION}
 * @param code       code, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionInfo(String id, String name, String actionType, String code) implements NamedObject {
}
