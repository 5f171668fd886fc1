package io.github.camelanaplan.component.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** The tasks the component is waiting for right now: shown by the dev console, abandoned when the component stops. */
public final class InFlightTasks {

    /** One task being waited for. Ids and names only. */
    public record TaskView(String taskId, String kind, String actionId, String actionName, String modelId,
                           String modelName, String clientId, Instant started) {
    }

    private record Entry(TaskView view, CompletableFuture<?> pendingWait) {
    }

    private final Map<String, Entry> tasks = new ConcurrentHashMap<>();

    /** Registers a wait; {@code wait} is failed by {@link #abandonAll()} if the component stops first. */
    public void started(TaskView task, CompletableFuture<?> wait) {
        tasks.put(task.taskId(), new Entry(task, wait));
    }

    public void ended(String taskId) {
        tasks.remove(taskId);
    }

    public List<TaskView> list() {
        List<TaskView> result = new ArrayList<>();
        tasks.values().forEach(entry -> result.add(entry.view()));
        result.sort(Comparator.comparing(TaskView::started));
        return result;
    }

    public int size() {
        return tasks.size();
    }

    /**
     * Fails every wait still open, so their exchanges complete with an error instead of waiting for polls that the
     * stopped scheduler will never run. The tasks themselves keep running in Anaplan.
     */
    public void abandonAll() {
        for (Entry entry : List.copyOf(tasks.values())) {
            TaskView task = entry.view();
            entry.pendingWait().completeExceptionally(new IllegalStateException("The anaplan component stopped while waiting for "
                                                                         + task.kind() + " '" + task.actionName() + "' task "
                                                                         + task.taskId()
                                                                         + "; the task keeps running in Anaplan"));
        }
        tasks.clear();
    }
}
