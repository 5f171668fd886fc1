package io.github.camelanaplan.client.error;

import java.util.List;

/**
 * A name or id given by the caller matches no object of the expected kind. The message lists (a bounded number of)
 * the names that do exist, so a typo can be spotted from the log alone.
 */
public class AnaplanNameNotFoundException extends AnaplanException {

    private static final long serialVersionUID = 1L;

    /** See the accessor of the same name. */
    private final String kind;
    /** See the accessor of the same name. */
    private final String requested;
    /** See the accessor of the same name. */
    private final List<String> availableNames;

    /**
     * @param message        full human-readable message
     * @param kind           kind of object looked up, e.g. "import"
     * @param requested      the id or name the caller gave
     * @param availableNames names of all objects of that kind in scope
     */
    public AnaplanNameNotFoundException(String message, String kind, String requested, List<String> availableNames) {
        super(message, null);
        this.kind = kind;
        this.requested = requested;
        this.availableNames = List.copyOf(availableNames);
    }

    /** @return kind of object looked up, e.g. "import" */
    public String kind() {
        return kind;
    }

    /** @return the id or name the caller gave */
    public String requested() {
        return requested;
    }

    /** @return names of all objects of that kind in scope (complete, unlike the message) */
    public List<String> availableNames() {
        return availableNames;
    }
}
