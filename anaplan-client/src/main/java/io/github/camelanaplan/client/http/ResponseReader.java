package io.github.camelanaplan.client.http;

import java.io.IOException;

/**
 * Turns a successful response into a result. A {@link com.fasterxml.jackson.core.JsonProcessingException} or other
 * {@link IOException} thrown here is reported as a malformed response.
 *
 * @param <T> result type
 */
@FunctionalInterface
public interface ResponseReader<T> {

    /**
     * @param response the 2xx response
     * @return the result
     * @throws IOException when the body cannot be decoded
     */
    T read(RawResponse response) throws IOException;
}
