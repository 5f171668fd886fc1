package io.github.camelanaplan.simulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Response;

/**
 * Blocking response writer over a Jetty core response. Exactly one of the body methods may be called; the
 * handler that created this object completes the exchange afterwards.
 */
public final class ApiResponse {

    /** Copy buffer for streamed bodies; large enough to keep loopback throughput in the hundreds of MB/s. */
    static final int COPY_BUFFER = 128 * 1024;

    private final Response jetty;
    private final ObjectMapper json;
    private UnaryOperator<OutputStream> outputWrapper = UnaryOperator.identity();
    private boolean written;
    private boolean aborted;
    private int status = 200;

    ApiResponse(Response jetty, ObjectMapper json) {
        this.jetty = jetty;
        this.json = json;
    }

    public ApiResponse header(String name, String value) {
        jetty.getHeaders().put(name, value);
        return this;
    }

    public String header(String name) {
        return jetty.getHeaders().get(name);
    }

    /** Status sent or about to be sent (200 until a body method sets it). */
    public int status() {
        return status;
    }

    /** True once a body method was called; interceptors use it to avoid answering twice. */
    public boolean isWritten() {
        return written;
    }

    public boolean isAborted() {
        return aborted;
    }

    /**
     * Adds a wrapper around the response body stream, e.g. to throttle bandwidth or cut the body short.
     * Wrappers registered first end up innermost.
     */
    public void wrapOutput(UnaryOperator<OutputStream> wrapper) {
        UnaryOperator<OutputStream> previous = outputWrapper;
        outputWrapper = out -> wrapper.apply(previous.apply(out));
    }

    /** Serialises {@code body} as JSON, streaming it to the client. */
    public void json(int statusCode, Object body) throws IOException {
        write(statusCode, "application/json", -1, out -> json.writeValue(new NonClosingOutputStream(out), body));
    }

    public void bytes(int statusCode, String contentType, byte[] body) throws IOException {
        write(statusCode, contentType, body.length, out -> out.write(body));
    }

    /** Copies {@code in} to the client and closes it; {@code length} may be -1 when unknown. */
    public void stream(int statusCode, String contentType, long length, InputStream in) throws IOException {
        try (InputStream source = in) {
            write(statusCode, contentType, length, out -> copy(source, out));
        }
    }

    /** Answers with a status and no body and no Content-Type, as Anaplan does for 204 on chunk uploads. */
    public void noContent(int statusCode) throws IOException {
        begin(statusCode);
        jetty.getHeaders().remove("Content-Type");
        if (statusCode != 204 && statusCode != 304) {
            jetty.getHeaders().put("Content-Length", "0");
        }
    }

    /** Writes a body produced by {@code writer}; the general form of the other body methods. */
    public void write(int statusCode, String contentType, long length, BodyWriter writer) throws IOException {
        begin(statusCode);
        if (contentType != null) {
            jetty.getHeaders().put("Content-Type", contentType);
        }
        if (length >= 0) {
            jetty.getHeaders().put("Content-Length", Long.toString(length));
        }
        try (OutputStream out = outputWrapper.apply(Content.Sink.asOutputStream(jetty))) {
            writer.writeTo(out);
        }
    }

    /**
     * Drops the TCP connection without a response (or mid-body), the way a broken network or proxy would.
     * Nothing more can be written afterwards.
     */
    public void abortConnection() {
        aborted = true;
        written = true;
        EndPoint endPoint = jetty.getRequest().getConnectionMetaData().getConnection().getEndPoint();
        endPoint.close();
    }

    /** The underlying Jetty response, for interceptors that need transport-level access. */
    public Response jettyResponse() {
        return jetty;
    }

    private void begin(int statusCode) {
        if (written) {
            throw new IllegalStateException("response already written");
        }
        written = true;
        status = statusCode;
        jetty.setStatus(statusCode);
    }

    static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[COPY_BUFFER];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
        }
    }

    /** Jackson closes its target after writing; the exchange owns the stream's end instead. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {

        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
