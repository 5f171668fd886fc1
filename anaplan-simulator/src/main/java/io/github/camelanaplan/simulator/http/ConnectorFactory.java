package io.github.camelanaplan.simulator.http;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Creates the listening connectors, so TLS can replace plain HTTP without touching routing.
 * Implementations must not bind; the server does that on start.
 */
public interface ConnectorFactory {

    ServerConnector create(Server server, HttpConfiguration httpConfiguration);

    /** {@code http} or {@code https}, used to build the advertised base URLs. */
    String scheme();

    static ConnectorFactory plainHttp() {
        return new ConnectorFactory() {
            @Override
            public ServerConnector create(Server server, HttpConfiguration httpConfiguration) {
                HttpConnectionFactory http = new HttpConnectionFactory(httpConfiguration);
                http.setInputBufferSize(httpConfiguration.getInputBufferSize());
                return new ServerConnector(server, http);
            }

            @Override
            public String scheme() {
                return "http";
            }
        };
    }
}
