package io.github.camelanaplan.client.http;

/**
 * Supplies the array a successful response body of announced length is read into, so that callers moving many
 * equally sized bodies (download chunks) can hand the same few arrays round instead of allocating, zeroing and
 * collecting megabytes per request.
 */
@FunctionalInterface
public interface BodyBuffers {

    /**
     * @param length the body's announced length in bytes
     * @return an array of exactly {@code length} bytes whose content may be overwritten
     */
    byte[] allocate(int length);
}
