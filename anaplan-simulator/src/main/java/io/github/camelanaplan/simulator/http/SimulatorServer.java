package io.github.camelanaplan.simulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The embedded Jetty 12 core server: one connector for everything, or an API connector plus a separate auth
 * connector when an auth port is configured.
 */
public final class SimulatorServer implements AutoCloseable {

    /** Blocking handlers hold a thread per in-flight request; 200+ concurrent clients need headroom above that. */
    private static final int MAX_THREADS = 400;
    private static final int MIN_THREADS = 16;
    private static final int ACCEPT_QUEUE = 1024;
    private static final long IDLE_TIMEOUT_MS = 120_000;
    private static final int IO_BUFFER = 128 * 1024;

    private static final String API_CONNECTOR = "api";
    private static final String AUTH_CONNECTOR = "auth";

    private final Server server;
    private final ServerConnector apiConnector;
    private final ServerConnector authConnector;
    private final ConnectorFactory connectorFactory;

    /**
     * @param authPort null to serve the auth service on the API port, otherwise its port (0 = random)
     */
    public SimulatorServer(String host, int port, Integer authPort, ConnectorFactory connectorFactory,
                           Router router, Interceptors interceptors, ObjectMapper json, Clock clock) {
        this.connectorFactory = connectorFactory;
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("anaplan-simulator");
        threads.setDaemon(true);
        // Named like the pool so that thread dumps and leak checks can tell the simulator's threads from a client's
        // in the same JVM (Jetty's default scheduler thread is an anonymous "Scheduler-<hash>").
        server = new Server(threads, new ScheduledExecutorScheduler("anaplan-simulator-jetty-scheduler", true), null);
        server.setStopTimeout(2_000);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Clients and Anaplan's own schema URLs produce '//2/0/...'; the router treats empty segments as absent.
        http.setUriCompliance(UriCompliance.LEGACY);
        // Larger buffers than Jetty's 8 KB default keep chunk uploads and downloads near disk speed on loopback.
        http.setInputBufferSize(IO_BUFFER);
        http.setOutputBufferSize(IO_BUFFER);

        Map<String, Realm> realms = new HashMap<>();
        apiConnector = connector(host, port, API_CONNECTOR, http);
        if (authPort != null) {
            authConnector = connector(host, authPort, AUTH_CONNECTOR, http);
            realms.put(API_CONNECTOR, Realm.API);
            realms.put(AUTH_CONNECTOR, Realm.AUTH);
        } else {
            authConnector = apiConnector;
        }
        server.setHandler(new SimulatorHandler(router, interceptors, json, clock, realms));
    }

    private ServerConnector connector(String host, int port, String name, HttpConfiguration http) {
        ServerConnector connector = connectorFactory.create(server, http);
        connector.setName(name);
        connector.setHost(host);
        connector.setPort(port);
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        return connector;
    }

    public void start() throws Exception {
        server.start();
    }

    public int apiPort() {
        return apiConnector.getLocalPort();
    }

    public int authPort() {
        return authConnector.getLocalPort();
    }

    /**
     * Connections the listeners hold open right now (keep-alive ones included); leak checks compare it before
     * and after a client ran.
     */
    public int openConnections() {
        int open = apiConnector.getConnectedEndPoints().size();
        if (authConnector != apiConnector) {
            open += authConnector.getConnectedEndPoints().size();
        }
        return open;
    }

    public String scheme() {
        return connectorFactory.scheme();
    }

    /** Blocks until the server stops; used by the command-line launcher. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the simulator's HTTP server", e);
        }
    }
}
