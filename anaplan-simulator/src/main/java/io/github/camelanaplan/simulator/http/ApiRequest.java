package io.github.camelanaplan.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * The simulator's view of an HTTP request: decoded path parameters, a multi-valued query, case-insensitive
 * headers, a streaming body that interceptors may wrap (throttling), and typed attributes.
 */
public final class ApiRequest {

    private final Request jetty;
    private final ObjectMapper json;
    private final Realm connectorRealm;
    private final Map<String, List<String>> query;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private RouteMatch match;
    private UnaryOperator<InputStream> bodyWrapper = UnaryOperator.identity();
    private InputStream body;

    ApiRequest(Request jetty, ObjectMapper json, Realm connectorRealm) {
        this.jetty = jetty;
        this.json = json;
        this.connectorRealm = connectorRealm;
        this.query = QueryString.parse(jetty.getHttpURI().getQuery());
    }

    public String method() {
        return jetty.getMethod();
    }

    /** The path as sent (percent-encoded, possibly with a doubled or trailing slash). */
    public String rawPath() {
        return jetty.getHttpURI().getPath();
    }

    /** The path with empty segments removed, as used in error envelopes, e.g. {@code /2/0/models/X/modules}. */
    public String path() {
        return "/" + String.join("/", PathTemplate.split(rawPath()));
    }

    /** The realm of the connector that received this request; with a single port it serves both realms. */
    public Realm connectorRealm() {
        return connectorRealm;
    }

    /** The matched route, or null while interceptors run for an unknown path. */
    public RouteMatch match() {
        return match;
    }

    void match(RouteMatch routeMatch) {
        this.match = routeMatch;
    }

    public String pathParam(String name) {
        if (match == null) {
            return null;
        }
        return match.pathParams().get(name);
    }

    public Map<String, List<String>> queryParams() {
        return Map.copyOf(query);
    }

    /** First value of a query parameter, or null. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a repeated query parameter, in order. */
    public List<String> queryAll(String name) {
        return List.copyOf(query.getOrDefault(name, List.of()));
    }

    /** Anaplan clients send {@code true}, {@code True} or {@code TRUE}. */
    public boolean queryFlag(String name) {
        return "true".equalsIgnoreCase(query(name));
    }

    /** Header lookup ignores case, as HTTP requires and as the Java client (sending AUTHORIZATION) relies on. */
    public String header(String name) {
        return jetty.getHeaders().get(name);
    }

    public List<String> headers(String name) {
        return jetty.getHeaders().getValuesList(name);
    }

    public List<String> headerNames() {
        return jetty.getHeaders().stream().map(HttpField::getName).distinct().toList();
    }

    /** The media type of the body without parameters, lower-case, or an empty string. */
    public String contentType() {
        String value = header("Content-Type");
        if (value == null) {
            return "";
        }
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Declared body length, or -1 when unknown (chunked transfer). */
    public long contentLength() {
        return jetty.getLength();
    }

    /**
     * Adds a wrapper around the body stream, e.g. to cap bandwidth or to fail mid-body. Wrappers registered
     * first end up innermost. Must be called before a handler reads the body.
     */
    public void wrapBody(UnaryOperator<InputStream> wrapper) {
        if (body != null) {
            throw new IllegalStateException("body already opened");
        }
        UnaryOperator<InputStream> previous = bodyWrapper;
        bodyWrapper = in -> wrapper.apply(previous.apply(in));
    }

    /** The request body, streamed; never buffered whole by the simulator. */
    public InputStream body() {
        if (body == null) {
            body = bodyWrapper.apply(Content.Source.asInputStream(jetty));
        }
        return body;
    }

    /**
     * Reads and drops what is left of the body, up to {@code limit} bytes, so the connection can be reused
     * after an early answer (an error before the handler read the upload). Returns false when more remained.
     */
    public boolean discardBody(long limit) {
        try {
            InputStream in = body();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > limit) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public byte[] bodyBytes() throws IOException {
        return body().readAllBytes();
    }

    /** The body parsed as JSON, or {@link MissingNode} when the body is empty. Malformed JSON is a 400. */
    public JsonNode jsonBody() throws IOException {
        PushbackInputStream in = new PushbackInputStream(body(), 1);
        int first = in.read();
        if (first < 0) {
            return MissingNode.getInstance();
        }
        in.unread(first);
        try {
            JsonNode node = json.readTree(in);
            return node == null ? MissingNode.getInstance() : node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("Malformed JSON request body");
        }
    }

    /** The body bound to a type, or null when empty. */
    public <T> T jsonBody(Class<T> type) throws IOException {
        JsonNode node = jsonBody();
        if (node.isMissingNode()) {
            return null;
        }
        try {
            return json.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("Malformed JSON request body");
        }
    }

    /**
     * {@code scheme://ip:port} of the connector that received the request. Built from the socket, not from
     * the Host header, because clients keep {@code Host: api.anaplan.com} when redirected to the simulator.
     */
    public String origin() {
        SocketAddress local = jetty.getConnectionMetaData().getLocalSocketAddress();
        String scheme = jetty.isSecure() ? "https" : "http";
        if (local instanceof InetSocketAddress inet) {
            String host = inet.getAddress().getHostAddress();
            if (host.contains(":")) {
                host = "[" + host + "]";
            }
            return scheme + "://" + host + ":" + inet.getPort();
        }
        return scheme + "://" + jetty.getHttpURI().getAuthority();
    }

    public String remoteAddress() {
        return Objects.toString(jetty.getConnectionMetaData().getRemoteSocketAddress(), "");
    }

    public <T> T attribute(Attribute<T> key) {
        return key.type().cast(attributes.get(key.name()));
    }

    public <T> void attribute(Attribute<T> key, T value) {
        if (value == null) {
            attributes.remove(key.name());
        } else {
            attributes.put(key.name(), value);
        }
    }

    /** The underlying Jetty request, for interceptors that need transport-level access. */
    public Request jettyRequest() {
        return jetty;
    }
}
