package io.github.camelanaplan.client.http;

import java.io.IOException;

/**
 * Thrown by a {@link ResponseReader} when a body is valid JSON (or empty) but lacks what the API documents; the
 * transport reports it as a malformed response and does not retry it.
 */
public final class UnexpectedShapeException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what was missing or wrong */
    public UnexpectedShapeException(String message) {
        super(message);
    }
}
