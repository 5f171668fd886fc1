package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A process (id prefix 118): an ordered sequence of actions.
 *
 * @param id   process id
 * @param name name
 * @param code code, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcessInfo(String id, String name, String code) implements NamedObject {
}
