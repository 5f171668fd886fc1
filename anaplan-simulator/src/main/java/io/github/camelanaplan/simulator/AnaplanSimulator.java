package io.github.camelanaplan.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelanaplan.simulator.faults.Faults;
import io.github.camelanaplan.simulator.http.ConnectorFactory;
import io.github.camelanaplan.simulator.http.Interceptors;
import io.github.camelanaplan.simulator.http.Json;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.http.SimulatorServer;
import io.github.camelanaplan.simulator.seed.ModelFile;
import io.github.camelanaplan.simulator.seed.ModelFileLoader;
import io.github.camelanaplan.simulator.seed.SeedException;
import io.github.camelanaplan.simulator.seed.TenantSeeder;
import io.github.camelanaplan.simulator.state.FileStore;
import io.github.camelanaplan.simulator.state.Ids;
import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.User;
import io.github.camelanaplan.simulator.tls.SelfSignedTls;
import io.github.camelanaplan.simulator.tls.SimulatorTls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A running Anaplan simulator: the Integration API v2.0 under {@link #apiBaseUrl()} and the authentication
 * service under {@link #authBaseUrl()}, backed by an in-memory {@link Tenant} that tests can inspect.
 *
 * <pre>{@code
 * try (AnaplanSimulator sim = AnaplanSimulator.start(SimulatorConfig.defaults())) {
 *     String api = sim.apiBaseUrl();   // http://127.0.0.1:PORT/2/0
 * }
 * }</pre>
 */
public final class AnaplanSimulator implements AutoCloseable {

    private final SimulatorConfig config;
    private final SimulatorContext context;
    private final SimulatorServer server;
    private final Path dataDirectory;
    private final boolean temporaryDataDirectory;
    private final SimulatorTls tls;

    private AnaplanSimulator(SimulatorConfig config, SimulatorContext context, SimulatorServer server,
                             Path dataDirectory, boolean temporaryDataDirectory, SimulatorTls tls) {
        this.config = config;
        this.context = context;
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.temporaryDataDirectory = temporaryDataDirectory;
        this.tls = tls;
    }

    /** Starts with the demo model on a random loopback port. */
    public static AnaplanSimulator start() {
        return start(SimulatorConfig.defaults());
    }

    public static AnaplanSimulator start(SimulatorConfig config) {
        Path dataDirectory = null;
        boolean temporary = config.dataDirectory() == null;
        SimulatorContext context = null;
        try {
            dataDirectory = temporary ? Files.createTempDirectory("anaplan-simulator-")
                    : Files.createDirectories(config.dataDirectory());
            ObjectMapper json = Json.newMapper();
            List<ModelFile> modelFiles = modelFiles(config);
            Tenant tenant = new Tenant(Ids.customerId(customerName(modelFiles)));
            FileStore files = new FileStore(dataDirectory.resolve("files"));
            context = new SimulatorContext(config, tenant, files, json);
            // TLS over the default connectors means a self-signed certificate; a custom HTTPS factory brings its own.
            SelfSignedTls selfSigned = config.tls() && "http".equals(config.connectorFactory().scheme())
                    ? SelfSignedTls.create(config.host(), dataDirectory.resolve("tls"), config.clock().instant(),
                            context.random())
                    : null;
            ConnectorFactory connectors = selfSigned != null ? selfSigned.connectorFactory()
                    : config.connectorFactory();
            context.onClose(files);
            context.onClose(tenant);
            seed(config, context, modelFiles);
            for (SimulatorModule module : BuiltInModules.all()) {
                module.install(context);
            }
            for (SimulatorModule module : config.modules()) {
                module.install(context);
            }
            SimulatorServer server = new SimulatorServer(config.host(), config.port(), config.authPort(),
                    connectors, context.router(), context.interceptors(), json, config.clock());
            context.onClose(server);
            server.start();
            return new AnaplanSimulator(config, context, server, dataDirectory, temporary,
                    selfSigned != null ? selfSigned.material() : null);
        } catch (Exception e) {
            if (context != null) {
                context.close();
            }
            if (temporary && dataDirectory != null) {
                deleteQuietly(dataDirectory);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot start the Anaplan simulator: " + e.getMessage(), e);
        }
    }

    private static List<ModelFile> modelFiles(SimulatorConfig config) {
        ModelFileLoader loader = new ModelFileLoader();
        List<ModelFile> files = new ArrayList<>();
        if (config.loadsDemo()) {
            files.add(loader.demo());
        }
        config.modelFiles().forEach(path -> files.add(loader.load(path)));
        return files;
    }

    private static String customerName(List<ModelFile> files) {
        return files.stream().map(ModelFile::customer).filter(c -> c != null).findFirst().orElse("simulator");
    }

    private static void seed(SimulatorConfig config, SimulatorContext context, List<ModelFile> modelFiles)
            throws IOException {
        TenantSeeder seeder = new TenantSeeder(context.tenant(), context.files(), config.clock());
        for (ModelFile file : modelFiles) {
            seeder.apply(file);
        }
        config.users().forEach(c -> seeder.addSuperUser(c.email(), c.password()));
        config.certificates().forEach((email, certificate) -> {
            User user = context.tenant().userByEmail(email)
                    .orElseThrow(() -> new SeedException("Certificate for unknown user " + email));
            user.certificate(certificate);
        });
    }

    /** {@code http://HOST:PORT/2/0} ({@code https} with TLS), the Integration API base. */
    public String apiBaseUrl() {
        return baseUrl() + Router.API_PREFIX;
    }

    /**
     * {@code http://HOST:PORT} ({@code https} with TLS) of the authentication service (a separate port when
     * configured).
     */
    public String authBaseUrl() {
        return server.scheme() + "://" + hostForUrl() + ":" + server.authPort();
    }

    /** {@code http://HOST:PORT} ({@code https} with TLS) of the API listener, without the version prefix. */
    public String baseUrl() {
        return server.scheme() + "://" + hostForUrl() + ":" + server.apiPort();
    }

    public int port() {
        return server.apiPort();
    }

    public int authPort() {
        return server.authPort();
    }

    /**
     * TCP connections open on the simulator's listeners right now, idle keep-alive ones included; a client that
     * closed everything it opened leaves this where it found it.
     */
    public int openConnections() {
        return server.openConnections();
    }

    /** Live state, for tests to inspect or prepare. */
    public Tenant tenant() {
        return context.tenant();
    }

    public FileStore files() {
        return context.files();
    }

    public SimulatorConfig config() {
        return config;
    }

    /** A service published by a module, e.g. the token service. */
    public <T> Optional<T> service(Class<T> type) {
        return context.service(type);
    }

    /** Fault injection, rate limits, network profile and token revocation, switchable while running. */
    public Faults faults() {
        return context.require(Faults.class);
    }

    /**
     * The self-signed certificate and trust store when started with {@link SimulatorConfig#tls()} on the
     * default connectors; empty for plain HTTP or a custom connector factory.
     */
    public Optional<SimulatorTls> tls() {
        return Optional.ofNullable(tls);
    }

    /** The interceptor chain, for tests that add behaviour while the simulator runs. */
    public Interceptors interceptors() {
        return context.interceptors();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        context.close();
        if (temporaryDataDirectory) {
            deleteQuietly(dataDirectory);
        }
    }

    private String hostForUrl() {
        String host = config.host();
        if (host.equals("0.0.0.0") || host.isEmpty()) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // a leftover temp directory is harmless
        }
    }
}
