package io.github.camelanaplan.client.http;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

/**
 * Sends exactly one HTTP request over the shared pooled client and reads the whole response. Thread-safe: the
 * underlying client is. Retries, authentication and error mapping live in {@link Transport}.
 */
public final class HttpExecutor implements Closeable {

    private static final byte[] EMPTY = new byte[0];

    private final CloseableHttpClient client;
    private final String userAgent;

    /**
     * @param client    pooled client, owned by this executor from now on
     * @param userAgent value of the {@code User-Agent} header
     */
    public HttpExecutor(CloseableHttpClient client, String userAgent) {
        this.client = client;
        this.userAgent = userAgent;
    }

    /**
     * @param request       what to send
     * @param authorization {@code Authorization} header to add, or {@code null}
     * @return the fully read response
     * @throws IOException when no complete response was received
     */
    public RawResponse send(ApiRequest request, AuthorizationHeader authorization) throws IOException {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), URI.create(request.url()));
        http.setHeader("User-Agent", userAgent);
        if (request.accept() != null) {
            http.setHeader("Accept", request.accept());
        }
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            http.setHeader(header.getKey(), header.getValue());
        }
        if (authorization != null) {
            http.setHeader("Authorization", authorization.value());
        }
        RequestBody body = request.body();
        if (body != null) {
            http.setEntity(new ByteArrayEntity(body.bytes(), body.offset(), body.length(),
                    ContentType.parse(body.contentType())));
        }
        return client.execute(http, response -> readResponse(response, request.bodyBuffers()));
    }

    private static RawResponse readResponse(ClassicHttpResponse response, BodyBuffers buffers) throws IOException {
        HttpEntity entity = response.getEntity();
        // error bodies are small and read once; only successful ones go into the caller's arrays
        boolean success = response.getCode() >= 200 && response.getCode() < 300;
        byte[] body = entity == null ? EMPTY : readBody(entity, success && buffers != null ? buffers : byte[]::new);
        Header contentType = response.getFirstHeader("Content-Type");
        Header retryAfter = response.getFirstHeader("Retry-After");
        return new RawResponse(response.getCode(), contentType == null ? null : contentType.getValue(),
                retryAfter == null ? null : retryAfter.getValue(), body == null ? EMPTY : body);
    }

    /**
     * Reads a body whose length is announced straight into an array of that size, in large reads; chunk downloads
     * (megabytes each) otherwise go through a growing buffer filled 4 KB at a time and copied once more at the end.
     */
    private static byte[] readBody(HttpEntity entity, BodyBuffers buffers) throws IOException {
        long length = entity.getContentLength();
        if (length < 0 || length > Integer.MAX_VALUE - 16) {
            return EntityUtils.toByteArray(entity);
        }
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return EMPTY;
            }
            byte[] body = buffers.allocate((int) length);
            int read = in.readNBytes(body, 0, body.length);
            if (read < body.length) {
                throw new IOException("the response body ended after " + read + " of the " + length
                        + " bytes announced");
            }
            return body;
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
