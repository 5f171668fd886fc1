package io.github.camelanaplan.component.internal;

import io.github.camelanaplan.client.ModelClient.RunnableRef;
import io.github.camelanaplan.client.task.TaskHandle;

/**
 * A terminal task found in a task list, not emitted yet.
 *
 * @param key    its key in the idempotent repository: {@code modelId:actionId:taskId}
 * @param action the import, export, process or action it ran
 * @param handle the ids needed to read its status, dump or output
 */
public record FinishedTask(String key, RunnableRef action, TaskHandle handle) {

    public static FinishedTask of(String workspaceId, String modelId, RunnableRef action, String taskId) {
        return new FinishedTask(modelId + ":" + action.id() + ":" + taskId, action,
                new TaskHandle(workspaceId, modelId, action.kind(), action.id(), taskId));
    }
}
