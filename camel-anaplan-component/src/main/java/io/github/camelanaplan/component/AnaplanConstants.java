package io.github.camelanaplan.component;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the {@code anaplan:} component. Headers set by the route override the endpoint options of the
 * same meaning, so one endpoint can serve many workspaces, models and actions.
 */
public final class AnaplanConstants {

    @Metadata(description = "The operation to perform, overriding the endpoint's path (for example `import` or `task-status`).",
              javaType = "String", label = "producer")
    public static final String OPERATION = "CamelAnaplanOperation";
    @Metadata(description = "Workspace id or name, overriding the `workspace` option.", javaType = "String", label = "producer")
    public static final String WORKSPACE = "CamelAnaplanWorkspace";
    @Metadata(description = "Model id or name, overriding the `model` option.", javaType = "String", label = "producer")
    public static final String MODEL = "CamelAnaplanModel";
    @Metadata(description = "Import, export, process or action id or name, overriding the `action` option.",
              javaType = "String", label = "producer")
    public static final String ACTION = "CamelAnaplanAction";
    @Metadata(description = "File id or name, overriding the `file` option (upload, download, or the source file of an import).",
              javaType = "String", label = "producer")
    public static final String FILE = "CamelAnaplanFile";
    @Metadata(description = "Task id. Set on the way out of every task-starting operation; read by `task-status` and `task-cancel`.",
              javaType = "String")
    public static final String TASK_ID = "CamelAnaplanTaskId";
    @Metadata(description = "Mapping parameters (prompts) for imports and processes as `entityType=entityName` pairs, comma-separated,"
                            + " or a `Map<String,String>`; overrides the `mappingParameters` option.",
              javaType = "Object", label = "producer")
    public static final String MAPPING_PARAMETERS = "CamelAnaplanMappingParameters";
    @Metadata(description = "Whether to wait for the task to end, overriding the `waitForCompletion` option.",
              javaType = "Boolean", label = "producer")
    public static final String WAIT_FOR_COMPLETION = "CamelAnaplanWaitForCompletion";
    @Metadata(description = "What `metadata` lists, overriding the `metadataType` option.", javaType = "String", label = "producer")
    public static final String METADATA_TYPE = "CamelAnaplanMetadataType";

    @Metadata(description = "Resolved workspace id.", javaType = "String")
    public static final String WORKSPACE_ID = "CamelAnaplanWorkspaceId";
    @Metadata(description = "Resolved model id.", javaType = "String")
    public static final String MODEL_ID = "CamelAnaplanModelId";
    @Metadata(description = "Resolved id of the import, export, process or action that ran.", javaType = "String")
    public static final String ACTION_ID = "CamelAnaplanActionId";
    // ---- consumer: set on the exchanges of the task consumer (besides the task headers above)
    @Metadata(description = "Name of the import, export, process or action whose task finished.", javaType = "String",
              label = "consumer")
    public static final String ACTION_NAME = "CamelAnaplanActionName";
    @Metadata(description = "Kind of the action whose task finished: IMPORT, EXPORT, PROCESS or ACTION.", javaType = "String",
              label = "consumer")
    public static final String ACTION_KIND = "CamelAnaplanActionKind";
    // ---- end of consumer headers
    @Metadata(description = "Resolved id of the file uploaded or downloaded.", javaType = "String")
    public static final String FILE_ID = "CamelAnaplanFileId";
    @Metadata(description = "Task state: NOT_STARTED, IN_PROGRESS, COMPLETE, CANCELLING or CANCELLED.", javaType = "String")
    public static final String TASK_STATE = "CamelAnaplanTaskState";
    @Metadata(description = "Task progress from 0.0 to 1.0.", javaType = "Double")
    public static final String TASK_PROGRESS = "CamelAnaplanTaskProgress";
    @Metadata(description = "Whether the finished task succeeded.", javaType = "Boolean")
    public static final String TASK_SUCCESSFUL = "CamelAnaplanTaskSuccessful";
    @Metadata(description = "The full task result (state, success, details, nested results of a process).",
              javaType = "io.github.camelanaplan.client.task.TaskStatus")
    public static final String TASK_RESULT = "CamelAnaplanTaskResult";
    @Metadata(description = "Rows an import processed.", javaType = "Long")
    public static final String ROWS_PROCESSED = "CamelAnaplanRowsProcessed";
    @Metadata(description = "Rows an import applied successfully.", javaType = "Long")
    public static final String ROWS_SUCCESSFUL = "CamelAnaplanRowsSuccessful";
    @Metadata(description = "Rows an import rejected.", javaType = "Long")
    public static final String ROWS_FAILED = "CamelAnaplanRowsFailed";
    @Metadata(description = "Rows an import ignored.", javaType = "Long")
    public static final String ROWS_IGNORED = "CamelAnaplanRowsIgnored";
    @Metadata(description = "Whether a failure dump (the rejected rows with their errors) is available.", javaType = "Boolean")
    public static final String DUMP_AVAILABLE = "CamelAnaplanDumpAvailable";
    @Metadata(description = "The failure dump of an import as a stream (CSV: the rejected rows with their errors; dumpMode=HEADER).",
              javaType = "java.io.InputStream")
    public static final String DUMP = "CamelAnaplanDump";
    @Metadata(description = "Path of the failure dump file written for an import (dumpMode=FILE).", javaType = "String")
    public static final String DUMP_FILE = "CamelAnaplanDumpFile";
    @Metadata(description = "The failure dumps of a process, one stream per failing action, keyed by the action's id"
                            + " (dumpMode=HEADER).",
              javaType = "java.util.Map<String, java.io.InputStream>")
    public static final String DUMPS = "CamelAnaplanDumps";
    @Metadata(description = "Paths of the failure dump files written for a process, keyed by the failing action's id"
                            + " (dumpMode=FILE).",
              javaType = "java.util.Map<String, String>")
    public static final String DUMP_FILES = "CamelAnaplanDumpFiles";
    @Metadata(description = "Bytes of content uploaded (upload, import: before compression) or written to `outputPath`"
                            + " (download, export).",
              javaType = "Long")
    public static final String BYTES_TRANSFERRED = "CamelAnaplanBytesTransferred";
    @Metadata(description = "Number of status requests made while waiting for the task.", javaType = "Integer")
    public static final String POLL_COUNT = "CamelAnaplanPollCount";
    @Metadata(description = "Milliseconds between starting the task and seeing it end.", javaType = "Long")
    public static final String TASK_DURATION = "CamelAnaplanTaskDuration";

    // ---- transactional API (list-write, list-read, view-read, cell-write)
    @Metadata(description = "List id or name, overriding the `list` option.", javaType = "String", label = "producer")
    public static final String LIST = "CamelAnaplanList";
    @Metadata(description = "Module id or name, overriding the `module` option.", javaType = "String", label = "producer")
    public static final String MODULE = "CamelAnaplanModule";
    @Metadata(description = "View id or name, overriding the `view` option.", javaType = "String", label = "producer")
    public static final String VIEW = "CamelAnaplanView";
    @Metadata(description = "`add`, `update`, `upsert` or `delete`, overriding the `listWriteMode` option.", javaType = "String",
              label = "producer")
    public static final String LIST_WRITE_MODE = "CamelAnaplanListWriteMode";
    @Metadata(description = "Page selectors of `view-read`: `Dimension:Item` pairs, comma-separated, or a `Map<String,String>`;"
                            + " overrides the `pageSelectors` option.",
              javaType = "Object", label = "producer")
    public static final String PAGE_SELECTORS = "CamelAnaplanPageSelectors";
    @Metadata(description = "The layout of the view read by `view-read`: its row, column and page dimensions.",
              javaType = "io.github.camelanaplan.client.transactional.ViewMetadata")
    public static final String VIEW_METADATA = "CamelAnaplanViewMetadata";
    @Metadata(description = "List items added by `list-write`.", javaType = "Long")
    public static final String ITEMS_ADDED = "CamelAnaplanItemsAdded";
    @Metadata(description = "List items updated by `list-write`.", javaType = "Long")
    public static final String ITEMS_UPDATED = "CamelAnaplanItemsUpdated";
    @Metadata(description = "List items deleted by `list-write`.", javaType = "Long")
    public static final String ITEMS_DELETED = "CamelAnaplanItemsDeleted";
    @Metadata(description = "Entries Anaplan ignored in `list-write`.", javaType = "Long")
    public static final String ITEMS_IGNORED = "CamelAnaplanItemsIgnored";
    @Metadata(description = "Entries rejected by `list-write` or `cell-write` (the result body lists them with their indexes).",
              javaType = "Integer")
    public static final String ITEMS_FAILED = "CamelAnaplanItemsFailed";
    @Metadata(description = "Cells whose value `cell-write` changed.", javaType = "Long")
    public static final String CELLS_CHANGED = "CamelAnaplanCellsChanged";
    @Metadata(description = "Whether `list-read` or `view-read` used a large-volume read request.", javaType = "Boolean")
    public static final String LARGE_READ = "CamelAnaplanLargeRead";
    // ---- end of the transactional API block

    private AnaplanConstants() {
    }
}
