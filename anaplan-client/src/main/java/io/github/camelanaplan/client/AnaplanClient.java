package io.github.camelanaplan.client;

import io.github.camelanaplan.client.auth.Authenticator;
import io.github.camelanaplan.client.auth.Authenticators;
import io.github.camelanaplan.client.auth.TokenManager;
import io.github.camelanaplan.client.http.HttpExecutor;
import io.github.camelanaplan.client.http.Json;
import io.github.camelanaplan.client.http.Pager;
import io.github.camelanaplan.client.http.Transport;
import io.github.camelanaplan.client.http.Urls;
import io.github.camelanaplan.client.metadata.Model;
import io.github.camelanaplan.client.metadata.Workspace;
import io.github.camelanaplan.client.resolve.NameResolver;
import io.github.camelanaplan.client.resolve.ObjectKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Entry point of the Anaplan Integration API v2.0 client: one instance per tenant configuration, shared by all
 * threads.
 *
 * <pre>{@code
 * try (AnaplanClient client = AnaplanClient.create(AnaplanClientConfig.builder()
 *         .basicAuth("integration@example.com", secret)
 *         .build())) {
 *     ModelClient model = client.model("FP&A", "Sales Planning");
 *     model.upload("sales.csv", inputStream, -1);
 *     TaskStatus status = model.runAndWait("Load sales", TaskParameters.DEFAULT, Duration.ofMinutes(30));
 * }
 * }</pre>
 *
 * <p>The client holds a pool of HTTP connections, a token (obtained on first use, refreshed before it expires), a
 * cache of id/name listings, a small pool of transfer threads and one scheduler thread for task polling.
 * {@link #close()} logs the token out and releases all of them.
 */
public final class AnaplanClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnaplanClient.class);
    private static final String ALL_WORKSPACES = "";

    private final AnaplanClientConfig config;
    private final HttpExecutor http;
    private final TokenManager tokens;
    private final ClientContext context;

    private AnaplanClient(AnaplanClientConfig config) {
        this.config = config;
        Json json = new Json();
        this.http = new HttpExecutor(HttpClientFactory.create(config), config.userAgent());
        Transport authTransport = new Transport(http, null, config.retryPolicy(), json);
        Clock clock = Clock.systemUTC();
        Authenticator authenticator = Authenticators.create(config.credentials(), authTransport,
                config.authBaseUrl(), config.oauthBaseUrl(), clock);
        this.tokens = new TokenManager(authenticator, clock);
        Transport transport = authTransport.withAuthorizer(tokens);
        int transferThreads = Math.min(config.maxConnections(), config.transfer().chunksInFlight() * 2);
        ThreadPoolExecutor transfers = new ThreadPoolExecutor(transferThreads, transferThreads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads("anaplan-transfer"));
        transfers.allowCoreThreadTimeOut(true);
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, daemonThreads("anaplan-poll"));
        scheduler.setRemoveOnCancelPolicy(true);
        this.context = new ClientContext(config, transport, new Pager(transport, config.pageSize()),
                new NameResolver(config.nameCacheTtl(), clock), transfers, scheduler);
    }

    /**
     * Creates a client. No request is made until the first call.
     *
     * @param config configuration
     * @return the client; close it when done
     */
    public static AnaplanClient create(AnaplanClientConfig config) {
        return new AnaplanClient(config);
    }

    /** @return the configuration */
    public AnaplanClientConfig config() {
        return config;
    }

    /** @return every workspace the user can see */
    public List<Workspace> workspaces() {
        return context.pager().readAll(Urls.withQuery(Urls.of(config.apiBaseUrl(), "workspaces"),
                Map.of("tenantDetails", "true")), "workspaces", Workspace.class, "list workspaces");
    }

    /** @return every model the user can see, across workspaces */
    public List<Model> models() {
        return context.pager().readAll(Urls.of(config.apiBaseUrl(), "models"), "models", Model.class, "list models");
    }

    /**
     * @param workspaceIdOrName workspace id or name
     * @return the models of that workspace
     */
    public List<Model> models(String workspaceIdOrName) {
        Workspace workspace = workspace(workspaceIdOrName);
        return modelsOf(workspace.id());
    }

    /**
     * @param idOrName workspace id or name (exact, then case-insensitive)
     * @return the workspace
     * @throws io.github.camelanaplan.client.error.AnaplanNameNotFoundException listing the available workspaces
     */
    public Workspace workspace(String idOrName) {
        return context.names().resolve(ObjectKind.WORKSPACE, ALL_WORKSPACES, "this tenant", idOrName,
                this::workspaces);
    }

    /**
     * @param workspaceIdOrName workspace id or name
     * @param modelIdOrName     model id or name within that workspace
     * @return the model
     */
    public Model findModel(String workspaceIdOrName, String modelIdOrName) {
        Workspace workspace = workspace(workspaceIdOrName);
        return context.names().resolve(ObjectKind.MODEL, workspace.id(),
                "workspace '" + workspace.name() + "' (" + workspace.id() + ")", modelIdOrName,
                () -> modelsOf(workspace.id()));
    }

    /**
     * Resolves the workspace and model once and returns a client bound to their ids.
     *
     * @param workspaceIdOrName workspace id or name
     * @param modelIdOrName     model id or name
     * @return a client for that model
     */
    public ModelClient model(String workspaceIdOrName, String modelIdOrName) {
        Workspace workspace = workspace(workspaceIdOrName);
        Model model = findModel(workspace.id(), modelIdOrName);
        return new ModelClient(context, workspace.id(), model.id(), model.name());
    }

    /**
     * Resolves a model across all workspaces (its {@code currentWorkspaceId} gives the workspace).
     *
     * @param modelIdOrName model id or name
     * @return a client for that model
     */
    public ModelClient model(String modelIdOrName) {
        Model model = context.names().resolve(ObjectKind.MODEL, ALL_WORKSPACES, "any workspace", modelIdOrName,
                this::models);
        if (model.currentWorkspaceId() == null) {
            throw new IllegalStateException("model " + model.id() + " reports no currentWorkspaceId; name the "
                    + "workspace too");
        }
        return new ModelClient(context, model.currentWorkspaceId(), model.id(), model.name());
    }

    /**
     * A model client for known ids, without any lookup.
     *
     * @param workspaceId workspace id
     * @param modelId     model id
     * @return a client for that model
     */
    public ModelClient modelByIds(String workspaceId, String modelId) {
        return new ModelClient(context, workspaceId, modelId, modelId);
    }

    /** Forgets every cached id/name listing, e.g. after objects were renamed or created. */
    public void invalidateNames() {
        context.names().invalidate();
    }

    private List<Model> modelsOf(String workspaceId) {
        return context.pager().readAll(Urls.of(config.apiBaseUrl(), "workspaces", workspaceId, "models"), "models",
                Model.class, "list models of workspace " + workspaceId);
    }

    /** Logs the token out, stops the transfer and polling threads and closes the connection pool. Idempotent. */
    @Override
    public void close() {
        try {
            tokens.close();
        } finally {
            context.transfers().shutdownNow();
            context.scheduler().shutdownNow();
            try {
                http.close();
            } catch (IOException e) {
                LOG.debug("closing the HTTP connection pool failed: {}", e.getMessage());
            }
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
