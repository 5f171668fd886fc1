package io.github.camelanaplan.client.task;

import io.github.camelanaplan.client.resolve.ObjectKind;

/**
 * The four kinds of runnable objects, with the URL segment their tasks live under and the id prefix Anaplan gives
 * them.
 */
public enum ActionKind {
    /** Import, id prefix 112. */
    IMPORT("imports", "112", ObjectKind.IMPORT),
    /** Export, id prefix 116. */
    EXPORT("exports", "116", ObjectKind.EXPORT),
    /** Other action (delete by selection, optimizer, ...), id prefix 117. */
    ACTION("actions", "117", ObjectKind.ACTION),
    /** Process, id prefix 118. */
    PROCESS("processes", "118", ObjectKind.PROCESS);

    private final String segment;
    private final String idPrefix;
    private final ObjectKind objectKind;

    ActionKind(String segment, String idPrefix, ObjectKind objectKind) {
        this.segment = segment;
        this.idPrefix = idPrefix;
        this.objectKind = objectKind;
    }

    /** @return URL segment, e.g. {@code imports} */
    public String segment() {
        return segment;
    }

    /** @return id prefix, e.g. {@code 112} */
    public String idPrefix() {
        return idPrefix;
    }

    /** @return the matching lookup kind */
    public ObjectKind objectKind() {
        return objectKind;
    }

    /**
     * Routes an action id by its prefix, as Anaplan's own clients do.
     *
     * @param actionId a 12-digit action id
     * @return its kind
     * @throws IllegalArgumentException when the prefix is none of 112, 116, 117, 118
     */
    public static ActionKind fromId(String actionId) {
        if (actionId != null) {
            for (ActionKind kind : values()) {
                if (actionId.startsWith(kind.idPrefix)) {
                    return kind;
                }
            }
        }
        throw new IllegalArgumentException("cannot tell the kind of action '" + actionId + "' from its id: imports "
                + "start with 112, exports 116, other actions 117, processes 118; resolve the name with the kind "
                + "instead");
    }

    /**
     * @param actionId a possible action id
     * @return whether it carries one of the four prefixes and is all digits
     */
    public static boolean looksLikeActionId(String actionId) {
        if (actionId == null || actionId.length() < 4 || !actionId.chars().allMatch(Character::isDigit)) {
            return false;
        }
        for (ActionKind kind : values()) {
            if (actionId.startsWith(kind.idPrefix)) {
                return true;
            }
        }
        return false;
    }
}
