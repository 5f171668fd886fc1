package io.github.camelanaplan.component;

/**
 * What an {@code anaplan:} endpoint does. The URI path names it in lower-case with dashes
 * ({@code anaplan:import}, {@code anaplan:task-status}); the {@code CamelAnaplanOperation} header overrides it per message.
 */
public enum AnaplanOperation {
    /** Streams the body into the import's source file, runs the import and (by default) waits for it. */
    IMPORT("import"),
    /** Runs an export, waits, and returns its output file as a stream. */
    EXPORT("export"),
    /** Runs a process; the result carries one nested result per action. */
    PROCESS("process"),
    /** Runs a delete (or other) action. */
    ACTION("action"),
    /** Streams the body into an Anaplan file without running anything. */
    UPLOAD("upload"),
    /** Returns the content of an Anaplan file as a stream. */
    DOWNLOAD("download"),
    /** Reads the status and result of a task. */
    TASK_STATUS("task-status"),
    /** Cancels a running task. */
    TASK_CANCEL("task-cancel"),
    /** Lists workspaces, models or the objects of a model. */
    METADATA("metadata"),

    // ---- transactional API (issue 4): list items, view data and cells, no task involved
    /** Adds, updates, upserts or deletes list items from a list of maps, JSON or CSV. */
    LIST_WRITE("list-write"),
    /** Reads the items of a list as maps, JSON or a CSV stream. */
    LIST_READ("list-read"),
    /** Reads a view's data (one page, or the whole view with a large read) and its layout. */
    VIEW_READ("view-read"),
    /** Writes cell values of a module. */
    CELL_WRITE("cell-write");

    private final String uriName;

    AnaplanOperation(String uriName) {
        this.uriName = uriName;
    }

    /** The name used in endpoint URIs and headers. */
    public String uriName() {
        return uriName;
    }

    /**
     * Accepts the URI form ({@code task-status}), the enum form ({@code TASK_STATUS}) and any case.
     *
     * @throws IllegalArgumentException naming the value and the valid operations
     */
    public static AnaplanOperation fromName(String name) {
        if (name != null) {
            String wanted = name.trim();
            for (AnaplanOperation operation : values()) {
                if (operation.uriName.equalsIgnoreCase(wanted) || operation.name().equalsIgnoreCase(wanted)) {
                    return operation;
                }
            }
        }
        throw new IllegalArgumentException("Unknown Anaplan operation '" + name + "'. Valid operations: " + validNames());
    }

    static String validNames() {
        StringBuilder names = new StringBuilder();
        for (AnaplanOperation operation : values()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(operation.uriName);
        }
        return names.toString();
    }

    @Override
    public String toString() {
        return uriName;
    }
}
