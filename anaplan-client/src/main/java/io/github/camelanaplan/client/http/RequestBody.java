package io.github.camelanaplan.client.http;

import java.util.Objects;

/**
 * A request body held in memory. Bodies can carry secrets (OAuth refresh tokens, signed nonces), so
 * {@link #toString()} shows only the size and type.
 *
 * @param bytes       backing array, not copied (chunk buffers are pooled)
 * @param offset      start of the body in {@code bytes}
 * @param length      length of the body
 * @param contentType media type sent as {@code Content-Type}
 */
public record RequestBody(byte[] bytes, int offset, int length, String contentType) {

    /**
     * Validates and normalises the components.
     *
     * @param bytes backing array, not copied (chunk buffers are pooled)
     * @param offset start of the body in {@code bytes}
     * @param length length of the body
     * @param contentType media type sent as {@code Content-Type}
     */
    public RequestBody {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(contentType, "contentType");
        Objects.checkFromIndexSize(offset, length, bytes.length);
    }

    /**
     * @param bytes       whole array as body
     * @param contentType media type
     * @return the body
     */
    public static RequestBody of(byte[] bytes, String contentType) {
        return new RequestBody(bytes, 0, bytes.length, contentType);
    }

    @Override
    public String toString() {
        return "RequestBody[" + length + " bytes, " + contentType + "]";
    }
}
