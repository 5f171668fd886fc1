package io.github.camelanaplan.client.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One logical request: what to send, how it may be retried, and how to describe it in errors. Immutable; build with
 * {@link #builder(String, String)}.
 */
public final class ApiRequest {

    private final String method;
    private final String url;
    private final String path;
    private final RequestBody body;
    private final String accept;
    private final Map<String, String> headers;
    private final RetryMode retryMode;
    private final boolean authenticated;
    private final String operation;
    private final String requiredRight;
    private final BodyBuffers bodyBuffers;

    private ApiRequest(Builder b) {
        this.method = b.method;
        this.url = b.url;
        this.path = URI.create(b.url).getRawPath();
        this.body = b.body;
        this.accept = b.accept;
        this.headers = Map.copyOf(b.headers);
        this.retryMode = b.retryMode;
        this.authenticated = b.authenticated;
        this.operation = b.operation;
        this.requiredRight = b.requiredRight;
        this.bodyBuffers = b.bodyBuffers;
    }

    /**
     * @param method HTTP method
     * @param url    absolute URL including any query string
     * @return a builder; defaults: idempotent, authenticated, JSON accepted
     */
    public static Builder builder(String method, String url) {
        return new Builder(method, url);
    }

    /** @return HTTP method */
    public String method() {
        return method;
    }

    /** @return absolute URL with query */
    public String url() {
        return url;
    }

    /** @return the URL path only, used in logs and exceptions (ids, no query) */
    public String path() {
        return path;
    }

    /** @return body or {@code null} */
    public RequestBody body() {
        return body;
    }

    /** @return value of the {@code Accept} header, or {@code null} */
    public String accept() {
        return accept;
    }

    /** @return extra headers; values may be secret and are never logged */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return how failures may be retried */
    public RetryMode retryMode() {
        return retryMode;
    }

    /** @return whether the Integration API token is attached (false for the authentication services) */
    public boolean authenticated() {
        return authenticated;
    }

    /** @return human description of the operation, e.g. "list imports of model X" */
    public String operation() {
        return operation;
    }

    /** @return the right the operation needs, used to explain a 403 */
    public String requiredRight() {
        return requiredRight;
    }

    /** @return where a successful body of announced length is read into, or {@code null} for a new array */
    public BodyBuffers bodyBuffers() {
        return bodyBuffers;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Builder of {@link ApiRequest}. */
    public static final class Builder {
        private final String method;
        private final String url;
        private RequestBody body;
        private String accept = "application/json";
        private final Map<String, String> headers = new LinkedHashMap<>();
        private RetryMode retryMode = RetryMode.IDEMPOTENT;
        private boolean authenticated = true;
        private String operation;
        private String requiredRight = "access to the model or workspace involved";
        private BodyBuffers bodyBuffers;

        private Builder(String method, String url) {
            this.method = Objects.requireNonNull(method, "method");
            this.url = Objects.requireNonNull(url, "url");
        }

        /**
         * @param value body
         * @return this
         */
        public Builder body(RequestBody value) {
            body = value;
            return this;
        }

        /**
         * @param value {@code Accept} header value, {@code null} for none
         * @return this
         */
        public Builder accept(String value) {
            accept = value;
            return this;
        }

        /**
         * @param name header name
         * @param value header value
         * @return this
         */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * @param value retry mode
         * @return this
         */
        public Builder retryMode(RetryMode value) {
            retryMode = Objects.requireNonNull(value);
            return this;
        }

        /**
         * @param value whether to attach the Integration API token
         * @return this
         */
        public Builder authenticated(boolean value) {
            authenticated = value;
            return this;
        }

        /**
         * @param value description of the operation
         * @return this
         */
        public Builder operation(String value) {
            operation = value;
            return this;
        }

        /**
         * @param value right needed, for 403 messages
         * @return this
         */
        public Builder requiredRight(String value) {
            requiredRight = value;
            return this;
        }

        /**
         * @param value where a successful body of announced length is read into; {@code null} for a new array
         * @return this
         */
        public Builder bodyBuffers(BodyBuffers value) {
            bodyBuffers = value;
            return this;
        }

        /** @return the request */
        public ApiRequest build() {
            if (operation == null) {
                operation = method + " " + URI.create(url).getRawPath();
            }
            return new ApiRequest(this);
        }
    }
}
