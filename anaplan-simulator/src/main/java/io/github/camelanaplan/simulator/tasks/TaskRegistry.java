package io.github.camelanaplan.simulator.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every task ever started, by id and per action, in creation order, plus the log of starts. */
final class TaskRegistry {

    private final Map<String, Task> byId = new ConcurrentHashMap<>();
    private final Map<ActionKey, List<Task>> byAction = new ConcurrentHashMap<>();
    private final List<TaskStart> starts = new ArrayList<>();

    private record ActionKey(String modelId, String actionId) {
    }

    void add(Task task, TaskStart start) {
        byId.put(task.id(), task);
        List<Task> tasks = byAction.computeIfAbsent(new ActionKey(task.modelId(), task.actionId()),
                key -> new ArrayList<>());
        synchronized (tasks) {
            tasks.add(task);
        }
        synchronized (starts) {
            starts.add(start);
        }
    }

    /** The task with this id if it belongs to the given action of the given model (ids in URLs must agree). */
    Optional<Task> find(String modelId, String actionId, String taskId) {
        return Optional.ofNullable(taskId == null ? null : byId.get(taskId))
                .filter(t -> t.modelId().equals(modelId) && t.actionId().equals(actionId));
    }

    /** Tasks of an action, oldest first. */
    List<Task> forAction(String modelId, String actionId) {
        List<Task> tasks = byAction.get(new ActionKey(modelId, actionId));
        if (tasks == null) {
            return List.of();
        }
        synchronized (tasks) {
            return List.copyOf(tasks);
        }
    }

    long startedCount(String actionId) {
        synchronized (starts) {
            return starts.stream().filter(s -> s.actionId().equals(actionId)).count();
        }
    }

    List<TaskStart> starts() {
        synchronized (starts) {
            return List.copyOf(starts);
        }
    }
}
