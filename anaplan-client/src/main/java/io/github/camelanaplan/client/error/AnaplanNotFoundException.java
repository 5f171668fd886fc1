package io.github.camelanaplan.client.error;

/**
 * HTTP 404. Anaplan answers 404 for unknown ids and routes, for content that does not exist (no dump, empty file) and for models the user has no access role in, so the message should be read with all of these in mind.
 */
public class AnaplanNotFoundException extends AnaplanException {

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
    public AnaplanNotFoundException(String message, int httpStatus, String method, String path, String anaplanMessage, Throwable cause) {
        super(message, httpStatus, method, path, anaplanMessage, cause);
    }

    /**
     * Creates the exception outside of one HTTP exchange.
     *
     * @param message what went wrong
     * @param cause   underlying failure, may be {@code null}
     */
    public AnaplanNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
