package io.github.camelanaplan.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelanaplan.simulator.http.Interceptors;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.state.FileStore;
import io.github.camelanaplan.simulator.state.Tenant;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Everything a {@link SimulatorModule} needs: state, routing, interceptors, shared helpers, and a typed
 * service registry through which modules find each other (e.g. the faults module looks up the token
 * service to revoke tokens). One context per simulator instance; nothing is static.
 */
public final class SimulatorContext implements AutoCloseable {

    private final SimulatorConfig config;
    private final Tenant tenant;
    private final FileStore files;
    private final Router router = new Router();
    private final Interceptors interceptors = new Interceptors();
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();
    private final ScheduledThreadPoolExecutor scheduler;
    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
    private final Deque<AutoCloseable> closeables = new ArrayDeque<>();

    SimulatorContext(SimulatorConfig config, Tenant tenant, FileStore files, ObjectMapper json) {
        this.config = config;
        this.tenant = tenant;
        this.files = files;
        this.json = json;
        this.scheduler = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "anaplan-simulator-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
    }

    public SimulatorConfig config() {
        return config;
    }

    public Tenant tenant() {
        return tenant;
    }

    public FileStore files() {
        return files;
    }

    public Router router() {
        return router;
    }

    public Interceptors interceptors() {
        return interceptors;
    }

    /** The JSON mapper used for all request and response bodies. */
    public ObjectMapper json() {
        return json;
    }

    public Clock clock() {
        return config.clock();
    }

    /** For token values, task ids, nonces. */
    public SecureRandom random() {
        return random;
    }

    /** Shared timer for state changes that happen later (task progress, expiries). */
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Publishes a service; a second registration for the same type replaces the first. */
    public <T> void register(Class<T> type, T service) {
        services.put(type, type.cast(service));
    }

    public <T> Optional<T> service(Class<T> type) {
        return Optional.ofNullable(services.get(type)).map(type::cast);
    }

    /** A service that must exist because a built-in module provides it. */
    public <T> T require(Class<T> type) {
        return service(type).orElseThrow(() -> new IllegalStateException("no service " + type.getName()));
    }

    /** Runs on simulator close, in reverse registration order. */
    public void onClose(AutoCloseable closeable) {
        synchronized (closeables) {
            closeables.push(closeable);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        synchronized (closeables) {
            while (!closeables.isEmpty()) {
                try {
                    closeables.pop().close();
                } catch (Exception e) {
                    org.slf4j.LoggerFactory.getLogger(SimulatorContext.class).warn("Close failed", e);
                }
            }
        }
    }
}
