package io.github.camelanaplan.simulator.state;

/**
 * The 3-digit prefixes of Anaplan's 12-digit model object ids. Clients route actions by prefix
 * (112 imports, 116 exports, 117 actions, 118 processes), so the prefixes must be right.
 */
public enum IdPrefix {
    LIST(101),
    MODULE(102),
    /** Saved views; the real service uses 12-13 digit ids without a documented prefix. */
    VIEW(103),
    VERSION(107),
    LIST_SUBSET(109),
    IMPORT(112),
    FILE(113),
    LINE_ITEM_SUBSET(114),
    EXPORT(116),
    ACTION(117),
    PROCESS(118),
    LIST_ITEM(202),
    LINE_ITEM(206);

    private final int prefix;

    IdPrefix(int prefix) {
        this.prefix = prefix;
    }

    public int prefix() {
        return prefix;
    }

    /** The prefix of a 12-digit id, or null for ids of another shape. */
    public static IdPrefix of(String id) {
        if (id == null || id.length() != 12) {
            return null;
        }
        for (IdPrefix value : values()) {
            if (id.startsWith(Integer.toString(value.prefix))) {
                return value;
            }
        }
        return null;
    }
}
