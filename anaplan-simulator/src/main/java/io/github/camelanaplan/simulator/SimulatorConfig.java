package io.github.camelanaplan.simulator;

import io.github.camelanaplan.simulator.http.ConnectorFactory;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to start a simulator. Build with {@link #builder()}; every setting has a default that gives the demo
 * tenant on a random loopback port.
 *
 * @param authPort       null to serve the auth service on the API port; otherwise its own port (0 = random)
 * @param modelFiles     YAML/JSON model files to load
 * @param includeDemo    load the shipped demo model (default: only when no model file is given)
 * @param users          extra users with ADMIN on every workspace and FULL on every model
 * @param certificates   certificates to register for users (by e-mail) for CA-certificate log-in
 * @param tokenLifetime  lifetime of auth tokens, 35 minutes like Anaplan
 * @param taskDuration   base duration of a simulated task (imports, exports, processes)
 * @param dataDirectory  where file content lives; null = a temporary directory removed on close
 * @param modules        extra modules installed after the built-in ones
 * @param connectorFactory plain HTTP unless TLS is requested
 * @param tls            serve HTTPS on the same ports: with the default connector factory a self-signed
 *                       certificate for localhost and 127.0.0.1 is made at start (see
 *                       {@link AnaplanSimulator#tls()}); an HTTPS connector factory brings its own
 */
public record SimulatorConfig(String host, int port, Integer authPort, List<Path> modelFiles, boolean includeDemo,
                              List<Credentials> users, Map<String, X509Certificate> certificates,
                              Duration tokenLifetime, Duration taskDuration, Path dataDirectory,
                              List<SimulatorModule> modules, ConnectorFactory connectorFactory, boolean tls,
                              Clock clock) {

    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(35);
    public static final Duration DEFAULT_TASK_DURATION = Duration.ofMillis(500);

    public SimulatorConfig {
        Objects.requireNonNull(host, "host");
        modelFiles = List.copyOf(modelFiles);
        users = List.copyOf(users);
        certificates = Map.copyOf(certificates);
        modules = List.copyOf(modules);
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        Objects.requireNonNull(taskDuration, "taskDuration");
        Objects.requireNonNull(connectorFactory, "connectorFactory");
        Objects.requireNonNull(clock, "clock");
        if (tokenLifetime.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("token lifetime must be at least one second");
        }
    }

    /** An e-mail and password pair, as in {@code --user demo@example.com:secret}. */
    public record Credentials(String email, String password) {

        /** Splits at the first ':' (passwords may contain ':'). */
        public static Credentials parse(String emailColonPassword) {
            int colon = emailColonPassword.indexOf(':');
            if (colon <= 0 || colon == emailColonPassword.length() - 1) {
                throw new IllegalArgumentException("expected EMAIL:PASSWORD, got " + emailColonPassword);
            }
            return new Credentials(emailColonPassword.substring(0, colon), emailColonPassword.substring(colon + 1));
        }
    }

    /** True when the demo model is loaded: asked for explicitly, or no model file given. */
    public boolean loadsDemo() {
        return includeDemo || modelFiles.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: demo model, 127.0.0.1, random port, auth on the same port, 35-minute tokens. */
    public static SimulatorConfig defaults() {
        return builder().build();
    }

    /** Builder; {@link #toBuilder()} copies a config for variations. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private Integer authPort;
        private final List<Path> modelFiles = new ArrayList<>();
        private boolean includeDemo;
        private final List<Credentials> users = new ArrayList<>();
        private final Map<String, X509Certificate> certificates = new LinkedHashMap<>();
        private Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;
        private Duration taskDuration = DEFAULT_TASK_DURATION;
        private Path dataDirectory;
        private final List<SimulatorModule> modules = new ArrayList<>();
        private ConnectorFactory connectorFactory = ConnectorFactory.plainHttp();
        private boolean tls;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** Serves {@code /token/*} and {@code /oauth/*} on their own port (0 = random) and only there. */
        public Builder authPort(int value) {
            this.authPort = value;
            return this;
        }

        public Builder modelFile(Path file) {
            modelFiles.add(file);
            return this;
        }

        /** Loads the demo model in addition to the model files. */
        public Builder includeDemo(boolean value) {
            this.includeDemo = value;
            return this;
        }

        /** A user with full rights to everything loaded. */
        public Builder user(String email, String password) {
            users.add(new Credentials(email, password));
            return this;
        }

        /** {@code email:password}. */
        public Builder user(String emailColonPassword) {
            users.add(Credentials.parse(emailColonPassword));
            return this;
        }

        /** Registers a certificate for CA-certificate log-in of an existing (or {@link #user added}) user. */
        public Builder certificate(String email, X509Certificate certificate) {
            certificates.put(email, certificate);
            return this;
        }

        public Builder tokenLifetime(Duration value) {
            this.tokenLifetime = value;
            return this;
        }

        public Builder taskDuration(Duration value) {
            this.taskDuration = value;
            return this;
        }

        public Builder dataDirectory(Path value) {
            this.dataDirectory = value;
            return this;
        }

        public Builder module(SimulatorModule module) {
            modules.add(module);
            return this;
        }

        public Builder connectorFactory(ConnectorFactory value) {
            this.connectorFactory = value;
            return this;
        }

        /** HTTPS with a self-signed certificate made at start; clients trust it via {@link AnaplanSimulator#tls()}. */
        public Builder tls(boolean value) {
            this.tls = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public SimulatorConfig build() {
            return new SimulatorConfig(host, port, authPort, modelFiles, includeDemo, users, certificates,
                    tokenLifetime, taskDuration, dataDirectory, modules, connectorFactory, tls, clock);
        }
    }

    /** A builder pre-filled with this config. */
    public Builder toBuilder() {
        Builder builder = builder().host(host).port(port).includeDemo(includeDemo).tokenLifetime(tokenLifetime)
                .taskDuration(taskDuration).dataDirectory(dataDirectory).connectorFactory(connectorFactory)
                .tls(tls).clock(clock);
        if (authPort != null) {
            builder.authPort(authPort);
        }
        modelFiles.forEach(builder::modelFile);
        users.forEach(c -> builder.user(c.email(), c.password()));
        certificates.forEach(builder::certificate);
        modules.forEach(builder::module);
        return builder;
    }
}
