package io.github.camelanaplan.client.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;

/**
 * Body of a task start. Anaplan requires {@code localeName} to come before {@code mappingParameters}.
 *
 * @param localeName        locale of messages; {@code en_US} is the only one Anaplan reliably supports
 * @param mappingParameters runtime mapping answers; empty for none (then omitted from the body)
 */
@JsonPropertyOrder({"localeName", "mappingParameters"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TaskParameters(String localeName, List<MappingParameter> mappingParameters) {

    /** Default locale. */
    public static final String DEFAULT_LOCALE = "en_US";

    /** Parameters with the default locale and no mapping. */
    public static final TaskParameters DEFAULT = new TaskParameters(DEFAULT_LOCALE, List.of());

    /**
     * Validates and normalises the components.
     *
     * @param localeName locale of messages; {@code en_US} is the only one Anaplan reliably supports
     * @param mappingParameters runtime mapping answers; empty for none (then omitted from the body)
     */
    public TaskParameters {
        Objects.requireNonNull(localeName, "localeName is required");
        mappingParameters = mappingParameters == null ? List.of() : List.copyOf(mappingParameters);
    }

    /**
     * @param mapping mapping answers
     * @return parameters with the default locale
     */
    public static TaskParameters withMapping(List<MappingParameter> mapping) {
        return new TaskParameters(DEFAULT_LOCALE, mapping);
    }
}
