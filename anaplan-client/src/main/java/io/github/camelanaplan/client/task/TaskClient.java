package io.github.camelanaplan.client.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.client.RetryPolicy;
import io.github.camelanaplan.client.error.AnaplanConnectionException;
import io.github.camelanaplan.client.error.AnaplanException;
import io.github.camelanaplan.client.error.AnaplanServerException;
import io.github.camelanaplan.client.http.ApiRequest;
import io.github.camelanaplan.client.http.Pager;
import io.github.camelanaplan.client.http.RequestBody;
import io.github.camelanaplan.client.http.RetryMode;
import io.github.camelanaplan.client.http.Transport;
import io.github.camelanaplan.client.http.UnexpectedShapeException;
import io.github.camelanaplan.client.http.Urls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starts, reads, lists and cancels the tasks of one model. Thread-safe.
 *
 * <p>Starting a task is not idempotent, so it is never blindly repeated: before starting, the ids of the action's
 * existing tasks are noted; if the start then fails ambiguously (a 5xx, or the connection broke after the request
 * may have reached Anaplan), the task list is read again and a task that appeared since is adopted instead of
 * starting a second one. Only when no new task shows up is the start repeated, within the retry policy.
 */
public final class TaskClient {

    private static final Logger LOG = LoggerFactory.getLogger(TaskClient.class);

    private final Transport transport;
    private final Pager pager;
    private final String apiBaseUrl;
    private final String workspaceId;
    private final String modelId;

    /**
     * @param transport   transport
     * @param pager       pager for task lists
     * @param apiBaseUrl  Integration API base URL
     * @param workspaceId workspace id
     * @param modelId     model id
     */
    public TaskClient(Transport transport, Pager pager, String apiBaseUrl, String workspaceId, String modelId) {
        this.transport = transport;
        this.pager = pager;
        this.apiBaseUrl = apiBaseUrl;
        this.workspaceId = workspaceId;
        this.modelId = modelId;
    }

    /**
     * Starts a task, adopting a task the server created despite an ambiguous failure.
     *
     * @param kind       kind of object
     * @param objectId   id of the import, export, process or action
     * @param parameters locale and mapping parameters
     * @return handle of the started (or adopted) task
     */
    public TaskHandle start(ActionKind kind, String objectId, TaskParameters parameters) {
        Set<String> before = snapshot(kind, objectId);
        RetryPolicy policy = transport.policy();
        long startNanos = System.nanoTime();
        int attempt = 0;
        while (true) {
            attempt++;
            try {
                return new TaskHandle(workspaceId, modelId, kind, objectId, post(kind, objectId, parameters));
            } catch (AnaplanServerException | AnaplanConnectionException ambiguous) {
                if (before == null) {
                    throw ambiguous;
                }
                Duration delay = policy.backoff(attempt, () -> ThreadLocalRandom.current().nextDouble());
                if (attempt >= policy.maxAttempts()
                        || System.nanoTime() - startNanos + delay.toNanos() > policy.totalBudget().toNanos()) {
                    Optional<TaskStatus> late = newTask(kind, objectId, before);
                    if (late.isPresent()) {
                        return adopt(kind, objectId, late.get());
                    }
                    throw ambiguous;
                }
                LOG.warn("starting {} {} failed ambiguously ({}); checking for a task it may have created",
                        kind.objectKind().singular(), objectId, ambiguous.getClass().getSimpleName());
                sleep(delay, ambiguous);
                Optional<TaskStatus> created = newTask(kind, objectId, before);
                if (created.isPresent()) {
                    return adopt(kind, objectId, created.get());
                }
            }
        }
    }

    /**
     * @param handle the task
     * @return its current status (retried as an idempotent read)
     */
    public TaskStatus status(TaskHandle handle) {
        return status(handle, RetryMode.IDEMPOTENT);
    }

    /**
     * One poll without transport-level retries, for callers that schedule their own retries.
     *
     * @param handle the task
     * @return its current status
     */
    public TaskStatus pollOnce(TaskHandle handle) {
        return status(handle, RetryMode.SINGLE_ATTEMPT);
    }

    private TaskStatus status(TaskHandle handle, RetryMode mode) {
        ApiRequest request = ApiRequest.builder("GET", taskUrl(handle))
                .retryMode(mode)
                .operation("read task " + handle.taskId() + " of " + handle.kind().objectKind().singular() + " "
                        + handle.objectId())
                .build();
        return transport.execute(request, response -> taskFrom(transport.json().tree(response.body())));
    }

    /**
     * Asks Anaplan to cancel a task; it then passes through CANCELLING to CANCELLED.
     *
     * @param handle the task
     * @return the status returned by the cancellation
     */
    public TaskStatus cancel(TaskHandle handle) {
        ApiRequest request = ApiRequest.builder("DELETE", taskUrl(handle))
                .operation("cancel task " + handle.taskId() + " of " + handle.kind().objectKind().singular() + " "
                        + handle.objectId())
                .requiredRight("the right to run this " + handle.kind().objectKind().singular())
                .build();
        return transport.execute(request, response -> {
            if (response.body().length == 0) {
                return new TaskStatus(handle.taskId(), TaskState.CANCELLING, null, null, null, null);
            }
            return taskFrom(transport.json().tree(response.body()));
        });
    }

    /**
     * @param kind     kind of object
     * @param objectId its id
     * @return its tasks (all users'), newest first
     */
    public List<TaskStatus> list(ActionKind kind, String objectId) {
        String url = Urls.withQuery(tasksUrl(kind, objectId), Map.of("sort", "-creationTime"));
        List<TaskStatus> tasks = pager.readAll(url, "tasks", TaskStatus.class,
                "list tasks of " + kind.objectKind().singular() + " " + objectId);
        // the server's sort is not guaranteed; creation time decides
        return tasks.stream()
                .sorted(Comparator.comparing((TaskStatus t) -> t.creationTime() == null ? 0L : t.creationTime())
                        .reversed())
                .toList();
    }

    private String post(ActionKind kind, String objectId, TaskParameters parameters) {
        ApiRequest request = ApiRequest.builder("POST", tasksUrl(kind, objectId))
                .body(RequestBody.of(transport.json().write(parameters), "application/json"))
                .retryMode(RetryMode.STARTS_TASK)
                .operation("start " + kind.objectKind().singular() + " " + objectId)
                .requiredRight("a model role allowed to run this " + kind.objectKind().singular())
                .build();
        return transport.execute(request, response -> {
            JsonNode root = transport.json().tree(response.body());
            JsonNode id = root.path("task").path("taskId");
            if (!id.isValueNode()) {
                id = root.path("taskId");
            }
            if (!id.isValueNode() || id.asText().isBlank()) {
                throw new UnexpectedShapeException("task start response has neither task.taskId nor taskId");
            }
            return id.asText();
        });
    }

    private Set<String> snapshot(ActionKind kind, String objectId) {
        try {
            Set<String> ids = new HashSet<>();
            for (TaskStatus task : list(kind, objectId)) {
                ids.add(task.taskId());
            }
            return ids;
        } catch (AnaplanException e) {
            LOG.warn("cannot list the tasks of {} {} before starting it; an ambiguous failure will not be retried: {}",
                    kind.objectKind().singular(), objectId, e.getMessage());
            return null;
        }
    }

    private Optional<TaskStatus> newTask(ActionKind kind, String objectId, Set<String> before) {
        try {
            return list(kind, objectId).stream().filter(t -> t.taskId() != null && !before.contains(t.taskId()))
                    .findFirst();
        } catch (AnaplanException e) {
            LOG.warn("cannot list the tasks of {} {} to look for an adopted task: {}", kind.objectKind().singular(),
                    objectId, e.getMessage());
            return Optional.empty();
        }
    }

    private TaskHandle adopt(ActionKind kind, String objectId, TaskStatus task) {
        LOG.info("adopting task {} of {} {} created by a start whose response was lost", task.taskId(),
                kind.objectKind().singular(), objectId);
        return new TaskHandle(workspaceId, modelId, kind, objectId, task.taskId());
    }

    private TaskStatus taskFrom(JsonNode root) throws java.io.IOException {
        JsonNode task = root.has("task") ? root.get("task") : root;
        TaskStatus status = transport.json().bind(task, TaskStatus.class);
        if (status.taskId() == null) {
            throw new UnexpectedShapeException("task status response has no task.taskId");
        }
        return status;
    }

    private static void sleep(Duration delay, AnaplanException pending) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            AnaplanException interrupted = new AnaplanException("interrupted while reconciling a task start", e);
            interrupted.addSuppressed(pending);
            throw interrupted;
        }
    }

    /**
     * @param handle task
     * @return URL of the task
     */
    public String taskUrl(TaskHandle handle) {
        return Urls.of(apiBaseUrl, "workspaces", workspaceId, "models", modelId, handle.kind().segment(),
                handle.objectId(), "tasks", handle.taskId());
    }

    private String tasksUrl(ActionKind kind, String objectId) {
        return Urls.of(apiBaseUrl, "workspaces", workspaceId, "models", modelId, kind.segment(), objectId, "tasks");
    }
}
