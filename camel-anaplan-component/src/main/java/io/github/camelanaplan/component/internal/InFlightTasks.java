package io.github.camelanaplan.component.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The tasks the component is waiting for right now, for the dev console. */
public final class InFlightTasks {

    /** One task being waited for. Ids and names only. */
    public record TaskView(String taskId, String kind, String actionId, String actionName, String modelId,
                           String modelName, String clientId, Instant started) {
    }

    private final Map<String, TaskView> tasks = new ConcurrentHashMap<>();

    public void started(TaskView task) {
        tasks.put(task.taskId(), task);
    }

    public void ended(String taskId) {
        tasks.remove(taskId);
    }

    public List<TaskView> list() {
        List<TaskView> result = new ArrayList<>(tasks.values());
        result.sort(Comparator.comparing(TaskView::started));
        return result;
    }

    public int size() {
        return tasks.size();
    }
}
