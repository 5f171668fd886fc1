package io.github.camelanaplan.client.resolve;

/** Kinds of objects the client can look up by id or name. */
public enum ObjectKind {
    /** A workspace. */
    WORKSPACE("workspace", "workspaces"),
    /** A model. */
    MODEL("model", "models"),
    /** An import action. */
    IMPORT("import", "imports"),
    /** An export action. */
    EXPORT("export", "exports"),
    /** A process. */
    PROCESS("process", "processes"),
    /** An "other" action (delete, optimizer, ...). */
    ACTION("action", "actions"),
    /** A file (import source or export output). */
    FILE("file", "files"),
    /** A list. */
    LIST("list", "lists"),
    /** A module. */
    MODULE("module", "modules"),
    /** A view. */
    VIEW("view", "views");

    private final String singular;
    private final String plural;

    ObjectKind(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** @return e.g. "import" */
    public String singular() {
        return singular;
    }

    /** @return e.g. "imports" */
    public String plural() {
        return plural;
    }
}
