package io.github.camelanaplan.simulator.state;

/**
 * An import action (id prefix 112) reading an import source file.
 *
 * @param targetId the list id for {@link ImportType#HIERARCHY_DATA}, the module id for {@link ImportType#MODULE_DATA}
 */
public record ImportDef(String id, String name, String sourceFileId, ImportType type, String targetId,
                        ImportMapping mapping) implements Named {
}
