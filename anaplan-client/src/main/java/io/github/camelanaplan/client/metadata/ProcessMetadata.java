package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Definition of a process ({@code GET .../processes/{id}}, field {@code processMetadata}).
 *
 * @param name    process name
 * @param actions its actions in run order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcessMetadata(String name, List<Action> actions) {

    /**
     * Validates and normalises the components.
     *
     * @param name process name
     * @param actions its actions in run order
     */
    public ProcessMetadata {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /**
     * One action of a process.
     *
     * @param id                 action id
     * @param name               action name
     * @param actionType         {@code IMPORT}, {@code EXPORT}, {@code DELETE_BY_SELECTION}, ...
     * @param importDataSourceId source file of an import action
     * @param importType         import type of an import action
     * @param exportType         export type of an export action
     * @param exportFormat       format of an export action
     * @param layout             layout of an export action
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String id, String name, String actionType, String importDataSourceId, String importType,
                         String exportType, String exportFormat, String layout) implements NamedObject {
    }
}
