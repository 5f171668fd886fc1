package io.github.camelanaplan.simulator.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a task start request asked for. Clients send anything from no body to the whole action object with
 * {@code localeName: "en"} and null {@code mappingParameters}/{@code connectorParameters}; everything is
 * accepted and only the mapping parameters matter to the simulator.
 */
public record TaskParameters(String localeName, List<MappingParameter> mappingParameters) {

    public static final TaskParameters NONE = new TaskParameters("en_US", List.of());

    public TaskParameters {
        mappingParameters = List.copyOf(mappingParameters);
    }

    public static TaskParameters from(JsonNode body) {
        if (body == null || !body.isObject()) {
            return NONE;
        }
        String locale = body.path("localeName").isTextual() ? body.path("localeName").asText() : "en_US";
        List<MappingParameter> mapping = new ArrayList<>();
        for (JsonNode entry : body.path("mappingParameters")) {
            if (entry.isObject()) {
                mapping.add(new MappingParameter(text(entry, "entityType"), text(entry, "entityName"),
                        text(entry, "importId")));
            }
        }
        return new TaskParameters(locale, mapping);
    }

    /** The entity name given for a dimension, for the import with {@code importId}. */
    public Optional<String> entityFor(String dimensionName, String importId) {
        return mappingParameters.stream().filter(p -> p.isFor(dimensionName, importId))
                .map(MappingParameter::entityName).filter(name -> name != null).findFirst();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
