package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A list property.
 *
 * @param name   name
 * @param format format, e.g. {@code NUMBER}, {@code TEXT}
 * @param formula formula, or {@code null}
 * @param notes  notes, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListProperty(String name, String format, String formula, String notes) {
}
