package io.github.camelanaplan.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.client.error.AnaplanAmbiguousNameException;
import io.github.camelanaplan.client.error.AnaplanException;
import io.github.camelanaplan.client.error.AnaplanNameNotFoundException;
import io.github.camelanaplan.client.http.ApiRequest;
import io.github.camelanaplan.client.http.UnexpectedShapeException;
import io.github.camelanaplan.client.http.Urls;
import io.github.camelanaplan.client.metadata.ActionInfo;
import io.github.camelanaplan.client.metadata.ChunkInfo;
import io.github.camelanaplan.client.metadata.ExportInfo;
import io.github.camelanaplan.client.metadata.ExportMetadata;
import io.github.camelanaplan.client.metadata.FileInfo;
import io.github.camelanaplan.client.metadata.ImportInfo;
import io.github.camelanaplan.client.metadata.ImportMetadata;
import io.github.camelanaplan.client.metadata.ListInfo;
import io.github.camelanaplan.client.metadata.ModuleInfo;
import io.github.camelanaplan.client.metadata.NamedObject;
import io.github.camelanaplan.client.metadata.ProcessInfo;
import io.github.camelanaplan.client.metadata.ProcessMetadata;
import io.github.camelanaplan.client.metadata.ViewInfo;
import io.github.camelanaplan.client.resolve.NameResolver;
import io.github.camelanaplan.client.resolve.ObjectKind;
import io.github.camelanaplan.client.task.ActionKind;
import io.github.camelanaplan.client.task.AwaitOptions;
import io.github.camelanaplan.client.task.TaskClient;
import io.github.camelanaplan.client.task.TaskHandle;
import io.github.camelanaplan.client.task.TaskParameters;
import io.github.camelanaplan.client.task.TaskPoller;
import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.client.transactional.TransactionalClient;
import io.github.camelanaplan.client.transfer.ChunkedDownloadInputStream;
import io.github.camelanaplan.client.transfer.ChunkedUploader;
import io.github.camelanaplan.client.transfer.UploadResult;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * Everything the client can do in one model: metadata, id/name resolution, chunked upload and download, tasks and
 * failure dumps. Obtained from {@link AnaplanClient#model(String, String)}; the workspace and model ids are resolved
 * once at creation. Thread-safe and cheap; it shares the parent client's connections, token and caches, and stops
 * working when the parent is closed.
 *
 * <p>Every method taking an {@code idOrName} accepts an id or a name: exact id first, then exact name, then
 * case-insensitive name or code. Unknown values raise
 * {@link io.github.camelanaplan.client.error.AnaplanNameNotFoundException} listing the names that exist.
 */
public final class ModelClient {

    private final ClientContext context;
    private final String workspaceId;
    private final String modelId;
    private final String modelName;
    private final String modelUrl;
    private final String scopeKey;
    private final String scopeLabel;
    private final TaskClient tasks;
    private final TaskPoller poller;
    private final ChunkedUploader uploader;

    ModelClient(ClientContext context, String workspaceId, String modelId, String modelName) {
        this.context = context;
        this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.modelName = modelName;
        this.modelUrl = Urls.of(context.config().apiBaseUrl(), "workspaces", workspaceId, "models", modelId);
        this.scopeKey = workspaceId + "/" + modelId;
        this.scopeLabel = "model '" + modelName + "' (" + modelId + ")";
        this.tasks = new TaskClient(context.transport(), context.pager(), context.config().apiBaseUrl(), workspaceId,
                modelId);
        this.poller = new TaskPoller(tasks, context.config().pollSchedule(), context.config().retryPolicy());
        this.uploader = new ChunkedUploader(context.transport(), context.transfers(), context.config().transfer());
    }

    /** @return the workspace id */
    public String workspaceId() {
        return workspaceId;
    }

    /** @return the model id */
    public String modelId() {
        return modelId;
    }

    /** @return the model name as resolved (the id when created from ids) */
    public String modelName() {
        return modelName;
    }

    // ---------------------------------------------------------------- metadata

    /** @return the model's files (import sources and export outputs) */
    public List<FileInfo> files() {
        return list(ObjectKind.FILE, FileInfo.class);
    }

    /** @return the model's imports */
    public List<ImportInfo> imports() {
        return list(ObjectKind.IMPORT, ImportInfo.class);
    }

    /** @return the model's exports */
    public List<ExportInfo> exports() {
        return list(ObjectKind.EXPORT, ExportInfo.class);
    }

    /** @return the model's processes */
    public List<ProcessInfo> processes() {
        return list(ObjectKind.PROCESS, ProcessInfo.class);
    }

    /** @return the model's other actions (delete by selection, optimizer, ...) */
    public List<ActionInfo> actions() {
        return list(ObjectKind.ACTION, ActionInfo.class);
    }

    /** @return the model's modules */
    public List<ModuleInfo> modules() {
        return list(ObjectKind.MODULE, ModuleInfo.class);
    }

    /** @return the model's views */
    public List<ViewInfo> views() {
        return list(ObjectKind.VIEW, ViewInfo.class);
    }

    /** @return the model's lists */
    public List<ListInfo> lists() {
        return list(ObjectKind.LIST, ListInfo.class);
    }

    /**
     * @param importIdOrName import id or name
     * @return its definition
     */
    public ImportMetadata importMetadata(String importIdOrName) {
        ImportInfo info = resolveImport(importIdOrName);
        return single(Urls.of(modelUrl, "imports", info.id()), "importMetadata", ImportMetadata.class,
                "read metadata of import " + info.id());
    }

    /**
     * @param exportIdOrName export id or name
     * @return its definition
     */
    public ExportMetadata exportMetadata(String exportIdOrName) {
        ExportInfo info = resolveExport(exportIdOrName);
        return single(Urls.of(modelUrl, "exports", info.id()), "exportMetadata", ExportMetadata.class,
                "read metadata of export " + info.id());
    }

    /**
     * @param processIdOrName process id or name
     * @return its definition, actions in run order
     */
    public ProcessMetadata processMetadata(String processIdOrName) {
        ProcessInfo info = resolveProcess(processIdOrName);
        return single(Urls.of(modelUrl, "processes", info.id()), "processMetadata", ProcessMetadata.class,
                "read metadata of process " + info.id());
    }

    // ---------------------------------------------------------------- resolution

    /**
     * @param idOrName import id or name
     * @return the import
     */
    public ImportInfo resolveImport(String idOrName) {
        return resolve(ObjectKind.IMPORT, ImportInfo.class, idOrName);
    }

    /**
     * @param idOrName export id or name
     * @return the export
     */
    public ExportInfo resolveExport(String idOrName) {
        return resolve(ObjectKind.EXPORT, ExportInfo.class, idOrName);
    }

    /**
     * @param idOrName process id or name
     * @return the process
     */
    public ProcessInfo resolveProcess(String idOrName) {
        return resolve(ObjectKind.PROCESS, ProcessInfo.class, idOrName);
    }

    /**
     * @param idOrName action id or name
     * @return the action
     */
    public ActionInfo resolveAction(String idOrName) {
        return resolve(ObjectKind.ACTION, ActionInfo.class, idOrName);
    }

    /**
     * @param idOrName file id or name
     * @return the file
     */
    public FileInfo resolveFile(String idOrName) {
        return resolve(ObjectKind.FILE, FileInfo.class, idOrName);
    }

    /**
     * @param idOrName list id or name
     * @return the list
     */
    public ListInfo resolveList(String idOrName) {
        return resolve(ObjectKind.LIST, ListInfo.class, idOrName);
    }

    /**
     * @param idOrName module id or name
     * @return the module
     */
    public ModuleInfo resolveModule(String idOrName) {
        return resolve(ObjectKind.MODULE, ModuleInfo.class, idOrName);
    }

    /**
     * @param idOrName view id or name
     * @return the view
     */
    public ViewInfo resolveView(String idOrName) {
        return resolve(ObjectKind.VIEW, ViewInfo.class, idOrName);
    }

    /**
     * Resolves something runnable without knowing its kind. An id with a known prefix (112 import, 116 export,
     * 117 action, 118 process) is routed by that prefix without a lookup; a name is searched among imports, exports,
     * processes and actions.
     *
     * @param idOrName id or name of an import, export, process or action
     * @return its kind and id
     */
    public RunnableRef resolveRunnable(String idOrName) {
        Objects.requireNonNull(idOrName, "an action id or name is required");
        if (ActionKind.looksLikeActionId(idOrName.trim())) {
            return new RunnableRef(ActionKind.fromId(idOrName.trim()), idOrName.trim(), idOrName.trim());
        }
        List<RunnableRef> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ActionKind kind : ActionKind.values()) {
            List<? extends NamedObject> objects = list(kind.objectKind(), classOf(kind));
            objects.forEach(o -> names.add(o.name()));
            NamedObject match = NameResolver.match(kind.objectKind(), idOrName, objects);
            if (match != null) {
                found.add(new RunnableRef(kind, match.id(), match.name()));
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            List<String> ids = found.stream().map(RunnableRef::id).toList();
            throw new AnaplanAmbiguousNameException("'" + idOrName + "' names several runnable objects in "
                    + scopeLabel + ": " + found + "; give the id or use the kind-specific method", "action",
                    idOrName, ids);
        }
        throw new AnaplanNameNotFoundException("no import, export, process or action with id or name '" + idOrName
                + "' in " + scopeLabel + "; available: " + abbreviate(names), "action", idOrName, names);
    }

    /**
     * @param kind     kind of object
     * @param idOrName id or name
     * @return the object
     */
    public NamedObject resolve(ObjectKind kind, String idOrName) {
        return resolve(kind, classOf(kind), idOrName);
    }

    /** Forgets this model's cached listings, e.g. after files or actions were created or renamed. */
    public void invalidateNames() {
        for (ObjectKind kind : ObjectKind.values()) {
            context.names().invalidate(kind, scopeKey);
        }
    }

    // ---------------------------------------------------------------- transfer

    /**
     * Uploads a stream to a file in chunks (see {@link ChunkedUploader}).
     *
     * @param fileIdOrName file id or name
     * @param data         content; read to its end, not closed
     * @param knownLength  exact length in bytes, or -1 when unknown
     * @return what was uploaded
     */
    public UploadResult upload(String fileIdOrName, InputStream data, long knownLength) {
        FileInfo file = resolveFile(fileIdOrName);
        return uploader.upload(Urls.of(modelUrl, "files", file.id()), file.id(), data, knownLength);
    }

    /**
     * Downloads a file (an export's output after its task completed, or an uploaded file) as a stream that fetches
     * chunks ahead in parallel. Close it when done; closing early cancels outstanding fetches.
     *
     * @param fileIdOrName file id or name, or the id or name of an export (its output file has the export's id)
     * @return the content
     */
    public ChunkedDownloadInputStream download(String fileIdOrName) {
        String fileId = downloadableFileId(fileIdOrName);
        String fileUrl = Urls.of(modelUrl, "files", fileId);
        List<String> chunkIds = chunkIds(Urls.of(fileUrl, "chunks"), "list chunks of file " + fileId);
        if (chunkIds.isEmpty()) {
            Integer count = freshChunkCount(fileId);
            for (int i = 0; count != null && i < count; i++) {
                chunkIds.add(String.valueOf(i));
            }
        }
        return stream(fileUrl + "/chunks", chunkIds, "download chunk %s of file " + fileId);
    }

    /**
     * Streams the failure dump (rejected rows with their errors) of an import task.
     *
     * @param importTask handle of an import task whose result has {@code failureDumpAvailable}
     * @return the dump as CSV text bytes
     */
    public ChunkedDownloadInputStream importDump(TaskHandle importTask) {
        if (importTask.kind() != ActionKind.IMPORT) {
            throw new IllegalArgumentException("importDump needs an import task, got a " + importTask.kind()
                    + " task; use processDump for processes");
        }
        String dumpUrl = Urls.of(tasks.taskUrl(importTask), "dump", "chunks");
        return stream(dumpUrl, chunkIds(dumpUrl, "list dump chunks of task " + importTask.taskId()),
                "download dump chunk %s of task " + importTask.taskId());
    }

    /**
     * Streams the failure dump of one action inside a process task.
     *
     * @param processTask handle of the process task
     * @param objectId    id of the nested action whose result has {@code failureDumpAvailable}
     * @return the dump as CSV text bytes
     */
    public ChunkedDownloadInputStream processDump(TaskHandle processTask, String objectId) {
        if (processTask.kind() != ActionKind.PROCESS) {
            throw new IllegalArgumentException("processDump needs a process task, got a " + processTask.kind()
                    + " task");
        }
        String dumpUrl = Urls.of(tasks.taskUrl(processTask), "dumps", objectId, "chunks");
        return stream(dumpUrl, chunkIds(dumpUrl, "list dump chunks of action " + objectId + " in task "
                + processTask.taskId()), "download dump chunk %s of action " + objectId);
    }

    // ---------------------------------------------------------------- tasks

    /**
     * Starts a task. Never starts a second task after an ambiguous failure (see {@link TaskClient}).
     *
     * @param actionIdOrName id or name of an import, export, process or action
     * @param parameters     locale and mapping parameters
     * @return handle of the task
     */
    public TaskHandle startTask(String actionIdOrName, TaskParameters parameters) {
        RunnableRef ref = resolveRunnable(actionIdOrName);
        return tasks.start(ref.kind(), ref.id(), parameters);
    }

    /**
     * Starts a task of a known kind.
     *
     * @param kind       kind of object
     * @param idOrName   its id or name
     * @param parameters locale and mapping parameters
     * @return handle of the task
     */
    public TaskHandle startTask(ActionKind kind, String idOrName, TaskParameters parameters) {
        NamedObject object = resolve(kind.objectKind(), idOrName);
        return tasks.start(kind, object.id(), parameters);
    }

    /**
     * @param handle task
     * @return its current status
     */
    public TaskStatus taskStatus(TaskHandle handle) {
        return tasks.status(handle);
    }

    /**
     * @param handle task
     * @return the status returned by the cancellation request
     */
    public TaskStatus cancelTask(TaskHandle handle) {
        return tasks.cancel(handle);
    }

    /**
     * @param kind     kind of object
     * @param idOrName its id or name
     * @return its tasks, newest first
     */
    public List<TaskStatus> tasks(ActionKind kind, String idOrName) {
        return tasks.list(kind, resolve(kind.objectKind(), idOrName).id());
    }

    /**
     * Waits for a task without blocking: polls on {@code scheduler} (see {@link TaskPoller}).
     *
     * @param handle    the task
     * @param options   timeout, cancel-on-timeout and schedule
     * @param scheduler where polls run
     * @return the future terminal status
     */
    public CompletableFuture<TaskStatus> awaitCompletion(TaskHandle handle, AwaitOptions options,
                                                         ScheduledExecutorService scheduler) {
        return poller.awaitCompletion(handle, options, scheduler);
    }

    /**
     * Waits for a task without blocking, polling on the client's own scheduler thread.
     *
     * @param handle  the task
     * @param options timeout, cancel-on-timeout and schedule
     * @return the future terminal status
     */
    public CompletableFuture<TaskStatus> awaitCompletion(TaskHandle handle, AwaitOptions options) {
        return poller.awaitCompletion(handle, options, context.scheduler());
    }

    /**
     * Starts a task and blocks until it finishes successfully.
     *
     * @param actionIdOrName id or name of an import, export, process or action
     * @param parameters     locale and mapping parameters
     * @param timeout        longest wait; the task keeps running after a timeout
     * @return the terminal, successful status
     * @throws io.github.camelanaplan.client.task.AnaplanTaskFailedException when it completed unsuccessfully or was
     *                                                                       cancelled
     * @throws io.github.camelanaplan.client.error.AnaplanTimeoutException   when it did not finish in time
     */
    public TaskStatus runAndWait(String actionIdOrName, TaskParameters parameters, Duration timeout) {
        TaskHandle handle = startTask(actionIdOrName, parameters);
        return join(awaitCompletion(handle, AwaitOptions.timeout(timeout))).requireSuccessful();
    }

    /**
     * @return the task client of this model, for callers that hold task ids from elsewhere
     */
    public TaskClient taskClient() {
        return tasks;
    }

    // ---------------------------------------------------------------- transactional API

    /**
     * @return list items, views and cell writes of this model (see
     *         {@link io.github.camelanaplan.client.transactional})
     */
    public TransactionalClient transactional() {
        return new TransactionalClient(this, context.transport(), context.config().apiBaseUrl(), context.transfers(),
                context.config().pollSchedule());
    }

    // ---------------------------------------------------------------- internals

    private static TaskStatus join(CompletableFuture<TaskStatus> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw new AnaplanException("interrupted while waiting for a task", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AnaplanException anaplan) {
                throw anaplan;
            }
            throw new AnaplanException("waiting for a task failed: " + cause, cause);
        }
    }

    private <T extends NamedObject> List<T> list(ObjectKind kind, Class<T> type) {
        Supplier<List<T>> loader = () -> context.pager().readAll(Urls.of(modelUrl, kind.plural()), kind.plural(),
                type, "list " + kind.plural() + " of " + scopeLabel);
        return context.names().list(kind, scopeKey, loader);
    }

    private <T extends NamedObject> T resolve(ObjectKind kind, Class<T> type, String idOrName) {
        Supplier<List<T>> loader = () -> context.pager().readAll(Urls.of(modelUrl, kind.plural()), kind.plural(),
                type, "list " + kind.plural() + " of " + scopeLabel);
        return context.names().resolve(kind, scopeKey, scopeLabel, idOrName, loader);
    }

    private <T> T single(String url, String key, Class<T> type, String operation) {
        ApiRequest request = ApiRequest.builder("GET", url).operation(operation).build();
        return context.transport().execute(request, response -> {
            JsonNode node = context.transport().json().tree(response.body()).path(key);
            if (!node.isObject()) {
                throw new UnexpectedShapeException("response has no '" + key + "' object");
            }
            return context.transport().json().bind(node, type);
        });
    }

    private List<String> chunkIds(String chunksUrl, String operation) {
        List<ChunkInfo> chunks = context.pager().readAll(chunksUrl, "chunks", ChunkInfo.class, operation);
        List<String> ids = new ArrayList<>(chunks.size());
        for (ChunkInfo chunk : chunks) {
            ids.add(chunk.id());
        }
        return ids;
    }

    /** An export's output file has the export's id, so an export id or name is accepted as well as a file. */
    private String downloadableFileId(String fileIdOrName) {
        Objects.requireNonNull(fileIdOrName, "a file id or name is required");
        String trimmed = fileIdOrName.trim();
        if (ActionKind.looksLikeActionId(trimmed) && ActionKind.fromId(trimmed) == ActionKind.EXPORT) {
            return trimmed;
        }
        try {
            return resolveFile(trimmed).id();
        } catch (AnaplanNameNotFoundException notAFile) {
            try {
                return resolveExport(trimmed).id();
            } catch (AnaplanNameNotFoundException notAnExport) {
                throw notAFile;
            }
        }
    }

    private Integer freshChunkCount(String fileId) {
        context.names().invalidate(ObjectKind.FILE, scopeKey);
        for (FileInfo file : files()) {
            if (fileId.equals(file.id())) {
                return file.chunkCount();
            }
        }
        return null;
    }

    private ChunkedDownloadInputStream stream(String chunksUrl, List<String> chunkIds, String operationPattern) {
        return new ChunkedDownloadInputStream(chunkIds, (chunkId, buffers) -> {
            ApiRequest request = ApiRequest.builder("GET", Urls.of(chunksUrl, chunkId))
                    .accept("*/*")
                    .bodyBuffers(buffers)
                    .operation(String.format(operationPattern, chunkId))
                    .build();
            return context.transport().execute(request, response -> response.body());
        }, context.transfers(), context.config().transfer().chunksInFlight());
    }

    private static Class<? extends NamedObject> classOf(ActionKind kind) {
        return classOf(kind.objectKind());
    }

    @SuppressWarnings("unchecked")
    private static <T extends NamedObject> Class<T> classOf(ObjectKind kind) {
        Class<?> type = switch (kind) {
            case IMPORT -> ImportInfo.class;
            case EXPORT -> ExportInfo.class;
            case PROCESS -> ProcessInfo.class;
            case ACTION -> ActionInfo.class;
            case FILE -> FileInfo.class;
            case LIST -> ListInfo.class;
            case MODULE -> ModuleInfo.class;
            case VIEW -> ViewInfo.class;
            case WORKSPACE, MODEL -> throw new IllegalArgumentException(kind + " is not a model-level object; use "
                    + "AnaplanClient.workspace or AnaplanClient.findModel");
        };
        return (Class<T>) type;
    }

    private static String abbreviate(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        int shown = Math.min(names.size(), 25);
        String head = String.join(", ", names.subList(0, shown).stream().map(n -> "'" + n + "'").toList());
        return names.size() > shown ? head + ", ... and " + (names.size() - shown) + " more" : head;
    }

    @Override
    public String toString() {
        return "ModelClient[workspaceId=" + workspaceId + ", modelId=" + modelId + ", name=" + modelName + "]";
    }

    /**
     * A runnable object found by {@link #resolveRunnable(String)}.
     *
     * @param kind kind of object
     * @param id   its id
     * @param name its name (the id when it was given as an id)
     */
    public record RunnableRef(ActionKind kind, String id, String name) {
    }
}
