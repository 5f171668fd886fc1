package io.github.camelanaplan.client.error;

/**
 * HTTP 403: the user is authenticated but lacks the right for the operation. The message names the operation and the
 * right it needs, because Anaplan's own 403 text rarely does.
 *
 * <p>Note that Anaplan masks a missing model role as 404 on most model-scoped reads, so a 403 usually concerns a
 * workspace-administrator or tenant-level operation.
 */
public class AnaplanAccessDeniedException extends AnaplanException {

    private static final long serialVersionUID = 1L;

    /** See the accessor of the same name. */
    private final String operation;
    /** See the accessor of the same name. */
    private final String requiredRight;

    /**
     * @param message        full human-readable message
     * @param method         HTTP method
     * @param path           request path with ids
     * @param anaplanMessage the server's own message, may be {@code null}
     * @param operation      what the client tried to do, e.g. "start import task"
     * @param requiredRight  the right that operation needs
     */
    public AnaplanAccessDeniedException(String message, String method, String path, String anaplanMessage,
                                        String operation, String requiredRight) {
        super(message, 403, method, path, anaplanMessage, null);
        this.operation = operation;
        this.requiredRight = requiredRight;
    }

    /** @return the operation that was refused */
    public String operation() {
        return operation;
    }

    /** @return the right the operation needs */
    public String requiredRight() {
        return requiredRight;
    }
}
