package io.github.camelanaplan.client.task;

import java.util.Objects;

/**
 * Identifies one task so it can be polled, cancelled or its dump downloaded — also from another process, since all
 * fields are plain ids.
 *
 * @param workspaceId workspace id
 * @param modelId     model id
 * @param kind        kind of the object that runs
 * @param objectId    id of the import, export, process or action
 * @param taskId      task id
 */
public record TaskHandle(String workspaceId, String modelId, ActionKind kind, String objectId, String taskId) {

    /**
     * Validates and normalises the components.
     *
     * @param workspaceId workspace id
     * @param modelId model id
     * @param kind kind of the object that runs
     * @param objectId id of the import, export, process or action
     * @param taskId task id
     */
    public TaskHandle {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(taskId, "taskId");
    }
}
