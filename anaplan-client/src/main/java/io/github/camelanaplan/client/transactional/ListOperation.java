package io.github.camelanaplan.client.transactional;

/** The three list-write calls. */
enum ListOperation {
    /** {@code POST .../items?action=add}, counted in {@code added}. */
    ADD("POST", "add", "added"),
    /** {@code PUT .../items}, counted in {@code updated}. */
    UPDATE("PUT", null, "updated"),
    /** {@code POST .../items?action=delete}, counted in {@code deleted}. */
    DELETE("POST", "delete", "deleted");

    private final String method;
    private final String action;
    private final String countField;

    ListOperation(String method, String action, String countField) {
        this.method = method;
        this.action = action;
        this.countField = countField;
    }

    String method() {
        return method;
    }

    String action() {
        return action;
    }

    String countField() {
        return countField;
    }

    String verb() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
