package io.github.camelanaplan.simulator.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes of tasks and task results, with the Integration API's field names. */
final class TaskJson {

    private TaskJson() {
    }

    /** The start answer: only id, state and creation time, as the real service sends. */
    static Map<String, Object> started(TaskSnapshot task) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("taskId", task.taskId());
        json.put("taskState", task.state().name());
        json.put("creationTime", task.creationTime());
        return json;
    }

    /**
     * Full status: clients require {@code taskId, taskState, creationTime, progress, currentStep} on every
     * poll and {@code result} once the task is COMPLETE or CANCELLED.
     */
    static Map<String, Object> status(TaskSnapshot task) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "taskInformation");
        json.put("taskId", task.taskId());
        json.put("taskState", task.state().name());
        json.put("creationTime", task.creationTime());
        json.put("progress", task.progress());
        json.put("currentStep", task.currentStep());
        if (task.result() != null) {
            json.put("result", result(task.result()));
        }
        return json;
    }

    /** A task list entry. */
    static Map<String, Object> listed(TaskSnapshot task) {
        return started(task);
    }

    static Map<String, Object> result(TaskResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("successful", result.successful());
        json.put("failureDumpAvailable", result.failureDumpAvailable());
        json.put("objectId", result.objectId());
        json.put("objectName", result.objectName());
        json.put("details", result.details().stream().map(TaskJson::detail).toList());
        if (result.nestedResults() != null) {
            json.put("nestedResults", result.nestedResults().stream().map(TaskJson::result).toList());
        }
        return json;
    }

    private static Map<String, Object> detail(TaskDetail detail) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", detail.type());
        json.put("localMessageText", detail.localMessageText());
        json.put("occurrences", detail.occurrences());
        json.put("values", List.copyOf(detail.values()));
        return json;
    }
}
