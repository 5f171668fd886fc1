package io.github.camelanaplan.simulator.http;

/**
 * Aborts request handling with an HTTP status; rendered as the Integration API error envelope
 * {@code {"status":{"code","message"},"path","timestamp"}} unless it carries its own {@link #body()}.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Object body;

    public ApiException(int status, String message) {
        this(status, message, null);
    }

    /**
     * An error with its own JSON body instead of the Integration envelope; the auth service and OAuth use
     * different error shapes.
     */
    public ApiException(int status, String message, Object body) {
        super(message);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The body to send, or null for the standard Integration error envelope. */
    public Object body() {
        return body;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "Unauthorized");
    }

    public static ApiException forbidden() {
        return new ApiException(403, "Forbidden");
    }

    /** The real service answers unknown ids, unknown routes and masked models with the same generic body. */
    public static ApiException notFound() {
        return new ApiException(404, "Not Found");
    }

    public static ApiException methodNotAllowed() {
        return new ApiException(405, "Method Not Allowed");
    }

    public static ApiException internalError(String message) {
        return new ApiException(500, message);
    }
}
