package io.github.camelanaplan.client;

import io.github.camelanaplan.client.auth.BasicCredentials;
import io.github.camelanaplan.client.auth.Credentials;

import java.time.Duration;
import java.util.Objects;

/**
 * Immutable configuration of one {@link AnaplanClient}: endpoints, credentials, HTTP and TLS settings, retries,
 * transfer and polling behaviour. Build with {@link #builder()}; every option is validated in
 * {@link Builder#build()} and a violation names the option and what is valid.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>option</th><th>default</th></tr>
 *   <tr><td>apiBaseUrl</td><td>{@value #DEFAULT_API_BASE_URL}</td></tr>
 *   <tr><td>authBaseUrl</td><td>{@value #DEFAULT_AUTH_BASE_URL}</td></tr>
 *   <tr><td>oauthBaseUrl</td><td>{@value #DEFAULT_OAUTH_BASE_URL}</td></tr>
 *   <tr><td>connectTimeout</td><td>10 s</td></tr>
 *   <tr><td>responseTimeout</td><td>120 s (time to wait for response data; large chunks need time)</td></tr>
 *   <tr><td>retryPolicy</td><td>{@link RetryPolicy#DEFAULT}</td></tr>
 *   <tr><td>transfer</td><td>{@link TransferSettings#DEFAULT}: 8 MiB chunks, gzip, 4 in flight</td></tr>
 *   <tr><td>pollSchedule</td><td>{@link PollSchedule#DEFAULT}: 250 ms growing to 30 s</td></tr>
 *   <tr><td>nameCacheTtl</td><td>5 min (zero disables the cache)</td></tr>
 *   <tr><td>maxConnections</td><td>20</td></tr>
 *   <tr><td>pageSize</td><td>5000 (Anaplan's maximum)</td></tr>
 *   <tr><td>tls</td><td>{@link TlsSettings#DEFAULT}: JDK trust store, full verification</td></tr>
 * </table>
 */
public final class AnaplanClientConfig {

    /** Integration API base URL of the default (US/EU) region. */
    public static final String DEFAULT_API_BASE_URL = "https://api.anaplan.com/2/0";
    /** Authentication service base URL of the default region. */
    public static final String DEFAULT_AUTH_BASE_URL = "https://auth.anaplan.com";
    /** OAuth 2.0 base URL of the default region. */
    public static final String DEFAULT_OAUTH_BASE_URL = "https://us1a.app.anaplan.com";

    private final String apiBaseUrl;
    private final String authBaseUrl;
    private final String oauthBaseUrl;
    private final Credentials credentials;
    private final ProxySettings proxy;
    private final TlsSettings tls;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final RetryPolicy retryPolicy;
    private final TransferSettings transfer;
    private final PollSchedule pollSchedule;
    private final Duration nameCacheTtl;
    private final int maxConnections;
    private final int pageSize;
    private final String userAgent;

    private AnaplanClientConfig(Builder b) {
        this.apiBaseUrl = ConfigValidation.baseUrl("apiBaseUrl", b.apiBaseUrl);
        this.authBaseUrl = ConfigValidation.baseUrl("authBaseUrl", b.authBaseUrl);
        this.oauthBaseUrl = ConfigValidation.baseUrl("oauthBaseUrl", b.oauthBaseUrl);
        this.credentials = ConfigValidation.required("credentials", b.credentials);
        this.proxy = b.proxy;
        this.tls = ConfigValidation.required("tls", b.tls);
        this.connectTimeout = ConfigValidation.positive("connectTimeout", b.connectTimeout);
        this.responseTimeout = ConfigValidation.positive("responseTimeout", b.responseTimeout);
        this.retryPolicy = ConfigValidation.required("retryPolicy", b.retryPolicy);
        this.transfer = ConfigValidation.required("transfer", b.transfer);
        this.pollSchedule = ConfigValidation.required("pollSchedule", b.pollSchedule);
        this.nameCacheTtl = ConfigValidation.notNegative("nameCacheTtl", b.nameCacheTtl);
        this.maxConnections = ConfigValidation.inRange("maxConnections", b.maxConnections, 1, 1000);
        this.pageSize = ConfigValidation.inRange("pageSize", b.pageSize, 1, 5000);
        this.userAgent = ConfigValidation.required("userAgent", b.userAgent);
        if (maxConnections < transfer.chunksInFlight()) {
            throw new IllegalArgumentException("maxConnections (" + maxConnections + ") must be at least "
                    + "transfer.chunksInFlight (" + transfer.chunksInFlight() + ")");
        }
    }

    /** @return a builder with all defaults; only credentials must be set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this configuration */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return Integration API base URL, no trailing slash */
    public String apiBaseUrl() {
        return apiBaseUrl;
    }

    /** @return authentication service base URL */
    public String authBaseUrl() {
        return authBaseUrl;
    }

    /** @return OAuth base URL */
    public String oauthBaseUrl() {
        return oauthBaseUrl;
    }

    /** @return credentials */
    public Credentials credentials() {
        return credentials;
    }

    /** @return proxy, or {@code null} for a direct connection */
    public ProxySettings proxy() {
        return proxy;
    }

    /** @return TLS settings */
    public TlsSettings tls() {
        return tls;
    }

    /** @return TCP connect timeout */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return longest wait for response data */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /** @return retry policy */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** @return transfer settings */
    public TransferSettings transfer() {
        return transfer;
    }

    /** @return default poll schedule for tasks */
    public PollSchedule pollSchedule() {
        return pollSchedule;
    }

    /** @return lifetime of cached name listings */
    public Duration nameCacheTtl() {
        return nameCacheTtl;
    }

    /** @return maximum pooled connections */
    public int maxConnections() {
        return maxConnections;
    }

    /** @return items requested per page of a collection */
    public int pageSize() {
        return pageSize;
    }

    /** @return {@code User-Agent} header value */
    public String userAgent() {
        return userAgent;
    }

    @Override
    public String toString() {
        return "AnaplanClientConfig[apiBaseUrl=" + apiBaseUrl + ", authBaseUrl=" + authBaseUrl + ", oauthBaseUrl="
                + oauthBaseUrl + ", credentials=" + credentials + ", proxy=" + proxy + ", tls=" + tls
                + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout + ", retryPolicy="
                + retryPolicy + ", transfer=" + transfer + ", pollSchedule=" + pollSchedule + ", nameCacheTtl="
                + nameCacheTtl + ", maxConnections=" + maxConnections + ", pageSize=" + pageSize + "]";
    }

    /** Builder of {@link AnaplanClientConfig}. Not thread-safe. */
    public static final class Builder {
        private String apiBaseUrl = DEFAULT_API_BASE_URL;
        private String authBaseUrl = DEFAULT_AUTH_BASE_URL;
        private String oauthBaseUrl = DEFAULT_OAUTH_BASE_URL;
        private Credentials credentials;
        private ProxySettings proxy;
        private TlsSettings tls = TlsSettings.DEFAULT;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(120);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private TransferSettings transfer = TransferSettings.DEFAULT;
        private PollSchedule pollSchedule = PollSchedule.DEFAULT;
        private Duration nameCacheTtl = Duration.ofMinutes(5);
        private int maxConnections = 20;
        private int pageSize = 5000;
        private String userAgent = "camel-anaplan-client";

        private Builder() {
        }

        private Builder(AnaplanClientConfig c) {
            apiBaseUrl = c.apiBaseUrl;
            authBaseUrl = c.authBaseUrl;
            oauthBaseUrl = c.oauthBaseUrl;
            credentials = c.credentials;
            proxy = c.proxy;
            tls = c.tls;
            connectTimeout = c.connectTimeout;
            responseTimeout = c.responseTimeout;
            retryPolicy = c.retryPolicy;
            transfer = c.transfer;
            pollSchedule = c.pollSchedule;
            nameCacheTtl = c.nameCacheTtl;
            maxConnections = c.maxConnections;
            pageSize = c.pageSize;
            userAgent = c.userAgent;
        }

        /**
         * @param value Integration API base URL, e.g. {@code https://eu3.api.anaplan.com/2/0}
         * @return this
         */
        public Builder apiBaseUrl(String value) {
            apiBaseUrl = value;
            return this;
        }

        /**
         * @param value authentication service base URL
         * @return this
         */
        public Builder authBaseUrl(String value) {
            authBaseUrl = value;
            return this;
        }

        /**
         * @param value OAuth base URL
         * @return this
         */
        public Builder oauthBaseUrl(String value) {
            oauthBaseUrl = value;
            return this;
        }

        /**
         * @param value credentials
         * @return this
         */
        public Builder credentials(Credentials value) {
            credentials = value;
            return this;
        }

        /**
         * Shorthand for {@link BasicCredentials}.
         *
         * @param username login
         * @param password password
         * @return this
         */
        public Builder basicAuth(String username, String password) {
            credentials = new BasicCredentials(username, password);
            return this;
        }

        /**
         * @param value proxy, or {@code null} for none
         * @return this
         */
        public Builder proxy(ProxySettings value) {
            proxy = value;
            return this;
        }

        /**
         * @param value TLS settings
         * @return this
         */
        public Builder tls(TlsSettings value) {
            tls = value;
            return this;
        }

        /**
         * @param value TCP connect timeout
         * @return this
         */
        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        /**
         * @param value longest wait for response data
         * @return this
         */
        public Builder responseTimeout(Duration value) {
            responseTimeout = value;
            return this;
        }

        /**
         * @param value retry policy
         * @return this
         */
        public Builder retryPolicy(RetryPolicy value) {
            retryPolicy = value;
            return this;
        }

        /**
         * @param value transfer settings
         * @return this
         */
        public Builder transfer(TransferSettings value) {
            transfer = value;
            return this;
        }

        /**
         * @param value default poll schedule
         * @return this
         */
        public Builder pollSchedule(PollSchedule value) {
            pollSchedule = value;
            return this;
        }

        /**
         * @param value lifetime of cached name listings; zero disables caching
         * @return this
         */
        public Builder nameCacheTtl(Duration value) {
            nameCacheTtl = value;
            return this;
        }

        /**
         * @param value maximum pooled connections, 1..1000
         * @return this
         */
        public Builder maxConnections(int value) {
            maxConnections = value;
            return this;
        }

        /**
         * @param value items per page of a collection, 1..5000
         * @return this
         */
        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        /**
         * @param value {@code User-Agent} header
         * @return this
         */
        public Builder userAgent(String value) {
            userAgent = Objects.requireNonNull(value, "userAgent");
            return this;
        }

        /** @return the validated configuration */
        public AnaplanClientConfig build() {
            return new AnaplanClientConfig(this);
        }
    }
}
