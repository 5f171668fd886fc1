package io.github.camelanaplan.client.http;

/**
 * A fully read HTTP response.
 *
 * @param status      HTTP status code
 * @param contentType {@code Content-Type} header or {@code null}
 * @param retryAfter  {@code Retry-After} header or {@code null}
 * @param body        body bytes, empty when there was none
 */
public record RawResponse(int status, String contentType, String retryAfter, byte[] body) {

    /** @return whether the status is 2xx */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "RawResponse[status=" + status + ", contentType=" + contentType + ", " + body.length + " bytes]";
    }
}
