package io.github.camelanaplan.client.error;

import java.util.List;

/**
 * A name matches more than one object of the expected kind (for example two files whose names differ only in case),
 * so the client refuses to guess. Pass the id, or the exact name, instead.
 */
public class AnaplanAmbiguousNameException extends AnaplanException {

    private static final long serialVersionUID = 1L;

    /** See the accessor of the same name. */
    private final String kind;
    /** See the accessor of the same name. */
    private final String requested;
    /** See the accessor of the same name. */
    private final List<String> candidateIds;

    /**
     * @param message      full human-readable message
     * @param kind         kind of object looked up
     * @param requested    the name the caller gave
     * @param candidateIds ids of all objects it matched
     */
    public AnaplanAmbiguousNameException(String message, String kind, String requested, List<String> candidateIds) {
        super(message, null);
        this.kind = kind;
        this.requested = requested;
        this.candidateIds = List.copyOf(candidateIds);
    }

    /** @return kind of object looked up */
    public String kind() {
        return kind;
    }

    /** @return the name the caller gave */
    public String requested() {
        return requested;
    }

    /** @return ids of all objects the name matched */
    public List<String> candidateIds() {
        return candidateIds;
    }
}
