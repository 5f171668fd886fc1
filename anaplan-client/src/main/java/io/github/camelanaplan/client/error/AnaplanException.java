package io.github.camelanaplan.client.error;

/**
 * Base of every failure the client reports. Unchecked, so callers that cannot do anything useful with a failure do not
 * have to declare it; callers that can, catch the specific subclass.
 *
 * <p>When the failure came from an HTTP exchange the exception carries the HTTP status, the method, the request path
 * (ids only, never query secrets or headers) and the message Anaplan put in the body ({@code status.message} on the
 * Integration API, {@code statusMessage} on the authentication service, {@code error_description} on OAuth) or a short
 * snippet of a non-JSON body such as a proxy's HTML error page. None of these ever contain a credential.
 */
public class AnaplanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** See the accessor of the same name. */
    private final int httpStatus;
    /** See the accessor of the same name. */
    private final String method;
    /** See the accessor of the same name. */
    private final String path;
    /** See the accessor of the same name. */
    private final String anaplanMessage;

    /**
     * Creates an exception that did not come from one HTTP response (validation, local I/O, interrupted wait).
     *
     * @param message what went wrong
     */
    public AnaplanException(String message) {
        this(message, null);
    }

    /**
     * Creates an exception that did not come from one HTTP response, with its cause.
     *
     * @param message what went wrong
     * @param cause   the underlying failure, may be {@code null}
     */
    public AnaplanException(String message, Throwable cause) {
        this(message, 0, null, null, null, cause);
    }

    /**
     * Creates an exception describing a failed HTTP exchange.
     *
     * @param message        full human-readable message
     * @param httpStatus     HTTP status, or 0 when no response was received
     * @param method         HTTP method, may be {@code null}
     * @param path           request path with ids, may be {@code null}
     * @param anaplanMessage the server's own message or body snippet, may be {@code null}
     * @param cause          underlying failure, may be {@code null}
     */
    public AnaplanException(String message, int httpStatus, String method, String path, String anaplanMessage,
                            Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.method = method;
        this.path = path;
        this.anaplanMessage = anaplanMessage;
    }

    /** @return the HTTP status of the failed response, or 0 when there was none (connection failure, local error) */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return the HTTP method of the failed request, or {@code null} */
    public String method() {
        return method;
    }

    /** @return the request path (with ids, without query string), or {@code null} */
    public String path() {
        return path;
    }

    /** @return the message Anaplan sent (or a snippet of a non-JSON body), or {@code null} */
    public String anaplanMessage() {
        return anaplanMessage;
    }
}
