package io.github.camelanaplan.client;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;

/** Builds the pooled Apache HttpClient from a configuration. */
final class HttpClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(HttpClientFactory.class);
    /** The loggers HttpClient dumps raw traffic to: headers as sent, and every byte on the wire. */
    static final List<String> TRAFFIC_LOGGERS = List.of("org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire");

    private HttpClientFactory() {
    }

    static CloseableHttpClient create(AnaplanClientConfig config) {
        warnWhenTrafficIsLogged();
        TlsSettings tls = config.tls();
        ClientTlsStrategyBuilder tlsStrategy = ClientTlsStrategyBuilder.create().setSslContext(sslContext(tls));
        if (!tls.verifyCertificates()) {
            LOG.warn("TLS certificate and host name verification is OFF; use this only with local test servers");
            tlsStrategy.setHostnameVerifier(NoopHostnameVerifier.INSTANCE);
        }
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(config.connectTimeout()))
                .setSocketTimeout(Timeout.of(config.responseTimeout()))
                // a pooled connection idle for a while may have been closed by a proxy or load balancer
                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                .build();
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(config.maxConnections())
                .setMaxConnPerRoute(config.maxConnections())
                .setDefaultConnectionConfig(connectionConfig)
                .setTlsSocketStrategy(tlsStrategy.buildClassic())
                .build();
        RequestConfig requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(config.responseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(config.responseTimeout()))
                .build();
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(requestConfig)
                // retries are the transport's job: it knows which requests are safe to repeat
                .disableAutomaticRetries()
                // Anaplan does not redirect API calls; following one could hand the token to another host
                .disableRedirectHandling()
                .disableCookieManagement();
        ProxySettings proxy = config.proxy();
        if (proxy != null) {
            builder.setProxy(new HttpHost(proxy.host(), proxy.port()));
            if (proxy.hasCredentials()) {
                BasicCredentialsProvider provider = new BasicCredentialsProvider();
                char[] password = proxy.password() == null ? new char[0] : proxy.password().toCharArray();
                provider.setCredentials(new AuthScope(proxy.host(), proxy.port()),
                        new UsernamePasswordCredentials(proxy.username(), password));
                builder.setDefaultCredentialsProvider(provider);
            }
        }
        return builder.build();
    }

    /**
     * HttpClient's own traffic loggers print every request header and body as sent, the Authorization header with
     * the Anaplan token included, and the client cannot mask them. A root logger at DEBUG turns them on unnoticed,
     * so say so once per client.
     */
    private static void warnWhenTrafficIsLogged() {
        for (String traffic : TRAFFIC_LOGGERS) {
            if (LoggerFactory.getLogger(traffic).isDebugEnabled()) {
                LOG.warn("Logger {} is at DEBUG: HttpClient will log the Anaplan token (Authorization header) and request"
                         + " bodies with credentials; set it to WARN outside a debugging session", traffic);
            }
        }
    }

    private static SSLContext sslContext(TlsSettings tls) {
        try {
            if (tls.sslContext() != null) {
                return tls.sslContext();
            }
            if (!tls.verifyCertificates()) {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
                return context;
            }
            if (tls.trustStorePath() != null) {
                KeyStore store = KeyStore.getInstance(tls.trustStoreType() == null ? "PKCS12" : tls.trustStoreType());
                try (InputStream in = Files.newInputStream(tls.trustStorePath())) {
                    store.load(in, tls.trustStorePassword() == null ? null : tls.trustStorePassword().toCharArray());
                }
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, factory.getTrustManagers(), new SecureRandom());
                return context;
            }
            return SSLContext.getDefault();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("tls: cannot build the SSL context"
                    + (tls.trustStorePath() == null ? "" : " from trust store " + tls.trustStorePath()
                    + " (wrong password or tls.trustStoreType?)") + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** Accepts every certificate; only reachable through {@link TlsSettings#insecureTrustAll()}. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // trusting everything is the point of this opt-in test setting
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // trusting everything is the point of this opt-in test setting
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
