package io.github.camelanaplan.simulator.http;

/**
 * Aborts request handling with an HTTP status; rendered as the Integration API error envelope
 * {@code {"status":{"code","message"},"path","timestamp"}} unless the route chose another rendering.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
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
