package io.github.camelanaplan.simulator.tls;

import io.github.camelanaplan.simulator.http.ConnectorFactory;
import java.security.KeyStore;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** HTTPS connectors (HTTP/1.1 over TLS) with the key and certificate of a key store. */
public final class HttpsConnectorFactory implements ConnectorFactory {

    private final KeyStore keyStore;
    private final String keyStorePassword;

    /** @param keyStore holds one private key entry whose password is {@code keyStorePassword} */
    public HttpsConnectorFactory(KeyStore keyStore, String keyStorePassword) {
        this.keyStore = keyStore;
        this.keyStorePassword = keyStorePassword;
    }

    @Override
    public ServerConnector create(Server server, HttpConfiguration httpConfiguration) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(keyStore);
        ssl.setKeyStorePassword(keyStorePassword);
        HttpConfiguration https = new HttpConfiguration(httpConfiguration);
        // No SNI checks: clients connect to 127.0.0.1 while sending Host: api.anaplan.com, like over plain HTTP.
        https.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
        return new ServerConnector(server, new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(https));
    }

    @Override
    public String scheme() {
        return "https";
    }
}
