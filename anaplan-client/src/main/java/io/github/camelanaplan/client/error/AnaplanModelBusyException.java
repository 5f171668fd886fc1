package io.github.camelanaplan.client.error;

/**
 * HTTP 409 or 423: the model is busy with another action or locked. Raised only once the retry budget for waiting on the model is spent.
 */
public class AnaplanModelBusyException extends AnaplanException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a failed HTTP exchange.
     *
     * @param message        full human-readable message
     * @param httpStatus     HTTP status, or 0 when no response was received
     * @param method         HTTP method
     * @param path           request path with ids
     * @param anaplanMessage the server's own message or body snippet, may be {@code null}
     * @param cause          underlying failure, may be {@code null}
     */
    public AnaplanModelBusyException(String message, int httpStatus, String method, String path, String anaplanMessage, Throwable cause) {
        super(message, httpStatus, method, path, anaplanMessage, cause);
    }

    /**
     * Creates the exception outside of one HTTP exchange.
     *
     * @param message what went wrong
     * @param cause   underlying failure, may be {@code null}
     */
    public AnaplanModelBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
