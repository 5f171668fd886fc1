package io.github.camelanaplan.component;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelanaplan.simulator.auth.OAuthService;
import io.github.camelanaplan.simulator.auth.TokenService;
import io.github.camelanaplan.simulator.auth.Session;
import io.github.camelanaplan.simulator.http.RequestInterceptor;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.Service;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Representative routes for the secrets tests: every kind of log-in (basic, a wrong password, certificate from PEM
 * files with a plain and an encrypted key, from a key store, OAuth with a rotating and a static refresh token, a
 * ready-made token) and every operation (import with a failure dump, export, process, list-write, list-read, view-read,
 * cell-write, metadata, upload, the task-status consumer). Subclasses decide where the credentials go; this class
 * knows every secret configured or issued during the run (refresh tokens rotated away included) and every place a
 * user can see text.
 */
abstract class SecretsTestSupport extends AnaplanTestSupport {

    static final String WRONG_PASSWORD = "wrong-Pa55word-xyz";
    static final String VIEWER_PASSWORD = "viewer-password";
    static final String STATIC_REFRESH_TOKEN = "demo-static-refresh-token";
    static final String ROTATING_CLIENT = "demo-oauth-client";
    static final String STORE_PASSWORD = "store-Secret-7x";
    static final String KEY_PASSWORD = "key-Secret-9y";
    private static final Pattern ISSUED = Pattern.compile("\"(tokenValue|access_token|refresh_token)\"\\s*:\\s*\"([^\"]+)\"");

    /** The ways routes log in. */
    enum Login { BASIC, WRONG_PASSWORD, PEM, ENCRYPTED_PEM, KEY_STORE, OAUTH_ROTATING, OAUTH_STATIC, TOKEN }

    @TempDir
    static Path keys;
    static TestKeys testKeys;

    final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    final Set<String> refreshTokensIssued = ConcurrentHashMap.newKeySet();
    private final List<Exchange> consumed = new CopyOnWriteArrayList<>();
    /** Records every token the simulator hands out or is shown, so the assertions know them all. */
    private final RequestInterceptor tokenRecorder = RequestInterceptor.of(0, (request, response, chain) -> {
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.contains(" ")) {
            issuedTokens.add(authorization.substring(authorization.indexOf(' ') + 1).trim());
        }
        if (request.path().startsWith("/token/") || request.path().startsWith("/oauth/")) {
            response.wrapOutput(out -> new Tee(out, issuedTokens, refreshTokensIssued));
        }
        chain.proceed(request, response);
    });
    private Map<Login, Map<String, String>> credentials;
    String staticToken;
    /** Refresh tokens of the rotating client are single-use: each test gets its own. */
    String rotatingRefreshToken;
    CapturedLogs logs;

    @BeforeAll
    static void makeKeys() throws Exception {
        testKeys = TestKeys.generate(keys, DEMO_USER, STORE_PASSWORD, KEY_PASSWORD);
    }

    /** Before the context starts: endpoints are created and the task consumer logs in as soon as its route is up. */
    @Override
    protected void doPreSetup() throws Exception {
        super.doPreSetup();
        simulator().interceptors().add(tokenRecorder);
        logs = CapturedLogs.install();
        simulator().tenant().userByEmail(DEMO_USER).orElseThrow().certificate(testKeys.certificate());
        TokenService tokens = simulator().service(TokenService.class).orElseThrow();
        Session session = tokens.issue(simulator().tenant().userByEmail(DEMO_USER).orElseThrow(), Session.Origin.BASIC);
        staticToken = session.tokenValue();
        rotatingRefreshToken = simulator().service(OAuthService.class).orElseThrow()
                .issueRefreshToken(ROTATING_CLIENT, simulator().tenant().userByEmail(DEMO_USER).orElseThrow());
        credentials = credentials();
    }

    @AfterEach
    void stopRecording() {
        simulator().interceptors().remove(tokenRecorder);
        if (logs != null) {
            logs.close();
        }
    }

    /** Only the connection: the credentials go where the subclass puts them. */
    @Override
    protected void configure(AnaplanConfiguration configuration) {
        configuration.setApiBaseUrl(simulator().apiBaseUrl());
        configuration.setAuthBaseUrl(simulator().authBaseUrl());
        configuration.setOauthBaseUrl(simulator().authBaseUrl());
        configuration.setPollInitialDelay(50);
        configuration.setPollMaxDelay(200);
    }

    /** The endpoint URI for an operation (with its options) run with the given log-in. */
    abstract String uriFor(Login login, String operationAndOptions);

    /** The credential options of each log-in, by option name. */
    Map<String, String> credentials(Login login) {
        return credentials.get(login);
    }

    private Map<Login, Map<String, String>> credentials() {
        Map<Login, Map<String, String>> all = new LinkedHashMap<>();
        all.put(Login.BASIC, Map.of("username", DEMO_USER, "password", DEMO_PASSWORD));
        all.put(Login.WRONG_PASSWORD, Map.of("username", DEMO_USER, "password", WRONG_PASSWORD));
        all.put(Login.PEM, Map.of("certificatePath", testKeys.certificatePem().toString(),
                "privateKeyPath", testKeys.privateKeyPem().toString()));
        all.put(Login.ENCRYPTED_PEM, Map.of("certificatePath", testKeys.certificatePem().toString(),
                "privateKeyPath", testKeys.encryptedPrivateKeyPem().toString(), "keyPassword", KEY_PASSWORD));
        all.put(Login.KEY_STORE, Map.of("keyStorePath", testKeys.keyStore().toString(), "keyStorePassword", STORE_PASSWORD));
        all.put(Login.OAUTH_ROTATING, Map.of("oauthClientId", ROTATING_CLIENT, "oauthRefreshToken", rotatingRefreshToken));
        all.put(Login.OAUTH_STATIC, Map.of("oauthClientId", "demo-static-client", "oauthRefreshToken", STATIC_REFRESH_TOKEN));
        all.put(Login.TOKEN, Map.of("authToken", staticToken));
        return all;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:importWithDump").to(uriFor(Login.BASIC, "import?action=Products from products.csv&dumpMode=HEADER&"
                                                                       + DEMO_MODEL));
                from("direct:export").to(uriFor(Login.BASIC, "export?action=Products export&" + DEMO_MODEL));
                // the import above leaves a rejected row in products.csv, so the process may fail: keep its dumps
                from("direct:process").to(uriFor(Login.BASIC, "process?action=Nightly Load&mappingParameters=Versions=Actual"
                                                                + "&failOnTaskFailure=false&dumpMode=HEADER&" + DEMO_MODEL));
                from("direct:unknownImport").to(uriFor(Login.BASIC, "import?action=Nope&" + DEMO_MODEL));
                from("direct:wrongPassword").to(uriFor(Login.WRONG_PASSWORD, "metadata?metadataType=imports&" + DEMO_MODEL));
                from("direct:listWrite").to(uriFor(Login.PEM, "list-write?list=Products&" + DEMO_MODEL));
                from("direct:metadataEncryptedKey").to(uriFor(Login.ENCRYPTED_PEM, "metadata?metadataType=lists&" + DEMO_MODEL));
                from("direct:listRead").to(uriFor(Login.KEY_STORE, "list-read?list=Regions&" + DEMO_MODEL));
                from("direct:viewRead").to(uriFor(Login.OAUTH_ROTATING, "view-read?view=Sales.Revenue by Region&" + DEMO_MODEL));
                from("direct:oauthStatic").to(uriFor(Login.OAUTH_STATIC, "metadata?metadataType=workspaces"));
                from("direct:cellWrite").to(uriFor(Login.TOKEN, "cell-write?module=Sales&" + DEMO_MODEL));
                from("direct:upload").to(uriFor(Login.TOKEN, "upload?file=sales.csv&" + DEMO_MODEL));
                from(uriFor(Login.KEY_STORE, "task-status?actions=*&emitExistingTasks=true&delay=200&initialDelay=0&"
                                               + DEMO_MODEL)).routeId("taskConsumer").process(consumed::add);
            }
        };
    }

    /** Sends to every route and returns the exchanges, the consumer's included. */
    List<Exchange> runEveryRoute() throws Exception {
        List<Exchange> exchanges = new ArrayList<>();
        String rejectedRow = "Name,Code,Family,Category,Unit Price,Discontinued\nProduct 404,P404,XX,Budget,1,false\n";
        exchanges.add(expectFailure(send("direct:importWithDump", rejectedRow), AnaplanTaskFailedCamelException.class));
        exchanges.add(expectSuccess(send("direct:export", null)));
        exchanges.add(expectSuccess(send("direct:process", null)));
        exchanges.add(expectFailure(send("direct:unknownImport", "a,b\n"), Exception.class));
        exchanges.add(expectFailure(send("direct:wrongPassword", null), Exception.class));
        exchanges.add(expectSuccess(send("direct:listWrite", List.of(Map.of("name", "Secret Widget", "code", "SW1")))));
        exchanges.add(expectSuccess(send("direct:metadataEncryptedKey", null)));
        exchanges.add(expectSuccess(send("direct:listRead", null)));
        exchanges.add(expectSuccess(send("direct:viewRead", null)));
        exchanges.add(expectSuccess(send("direct:oauthStatic", null)));
        exchanges.add(expectSuccess(send("direct:cellWrite", List.of(Map.of("lineItem", "Units", "value", 5, "dimensions",
                Map.of("Products", "Product 050", "Regions", "Japan", "Time", "Feb 26", "Versions", "Forecast"))))));
        exchanges.add(expectSuccess(send("direct:upload", "Product,Region\nP001,NA\n")));
        eventually(() -> assertThat(consumed).isNotEmpty());
        exchanges.addAll(consumed);
        // the rotating client was given a new refresh token in place of the configured one, which is now spent
        assertThat(refreshTokensIssued).contains(STATIC_REFRESH_TOKEN).anyMatch(token -> !token.equals(STATIC_REFRESH_TOKEN)
                                                                                          && !token.equals(rotatingRefreshToken));
        assertThat(issuedTokens).contains(staticToken).hasSizeGreaterThan(5);
        return exchanges;
    }

    static Exchange expectSuccess(Exchange exchange) {
        assertThat(exchange.getException()).as("exception of %s", exchange.getFromEndpoint()).isNull();
        return exchange;
    }

    private static Exchange expectFailure(Exchange exchange, Class<? extends Exception> type) {
        assertThat(exchange.getException()).isInstanceOf(type);
        return exchange;
    }

    /** Every secret configured or issued, and the forms they travel in (a Basic header, the key's PEM lines). */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of(DEMO_PASSWORD, WRONG_PASSWORD, VIEWER_PASSWORD, STATIC_REFRESH_TOKEN,
                rotatingRefreshToken, staticToken, STORE_PASSWORD, KEY_PASSWORD));
        for (String password : List.of(DEMO_PASSWORD, WRONG_PASSWORD)) {
            secrets.add(Base64.getEncoder().encodeToString((DEMO_USER + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        secrets.add(testKeys.keyPemBody().replace("\n", ""));
        testKeys.keyPemBody().lines().filter(line -> line.length() >= 32).forEach(secrets::add);
        issuedTokens.stream().filter(token -> token.length() >= 16).forEach(secrets::add);
        secrets.addAll(refreshTokensIssued);
        return secrets;
    }

    /**
     * Exception chains, headers, endpoint texts, route texts, the dev console and the health checks. With
     * {@code endpointIdentity}, also Camel's identity strings of endpoints ({@code getEndpointUri()},
     * {@code getEndpointKey()}), which hold the options as written in the URI.
     */
    List<String> everythingButLogs(List<Exchange> exchanges, boolean endpointIdentity) {
        List<String> exposed = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            for (Throwable t = exchange.getException(); t != null; t = t.getCause()) {
                exposed.add(String.valueOf(t));
            }
            exposed.add(String.valueOf(exchange.getMessage().getHeaders()));
        }
        for (Endpoint endpoint : context.getEndpoints()) {
            exposed.add(String.valueOf(endpoint));
            exposed.add(String.valueOf(endpoint.getEndpointBaseUri()));
            if (endpointIdentity) {
                exposed.add(String.valueOf(endpoint.getEndpointUri()));
                exposed.add(String.valueOf(endpoint.getEndpointKey()));
            }
        }
        for (Route route : context.getRoutes()) {
            exposed.add(String.valueOf(route));
            exposed.add(String.valueOf(route.getEndpoint()));
            exposed.add(String.valueOf(route.getConsumer()));
            for (Service service : route.getServices()) {
                exposed.add(String.valueOf(service));
            }
            for (Processor processor : route.filter("*")) {
                exposed.add(String.valueOf(processor));
            }
        }
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("anaplan");
        exposed.add(String.valueOf(console.call(DevConsole.MediaType.TEXT, Map.of())));
        exposed.add(String.valueOf(console.call(DevConsole.MediaType.JSON, Map.of())));
        for (String repositoryId : List.of("producers", "consumers")) {
            HealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(context, repositoryId);
            if (repository != null) {
                repository.setEnabled(true);
                repository.stream().forEach(check -> {
                    HealthCheck.Result result = check.call();
                    exposed.add(check.getId() + " " + result.getState() + " " + result.getMessage().orElse("")
                                + " " + result.getDetails() + " " + result.getError().map(String::valueOf).orElse(""));
                });
            }
        }
        // some of Camel's processors answer toString() with null
        exposed.removeIf(Objects::isNull);
        assertThat(exposed).anyMatch(text -> text.contains("list-read")).anyMatch(text -> text.contains("Clients:"))
                .anyMatch(text -> text.contains("anaplan") && text.contains("DOWN"));
        return exposed;
    }

    /** Copies a token or OAuth answer as it is sent, to learn the tokens in it. */
    private static final class Tee extends FilterOutputStream {
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private final Set<String> tokens;
        private final Set<String> refreshTokens;

        Tee(OutputStream out, Set<String> tokens, Set<String> refreshTokens) {
            super(out);
            this.tokens = tokens;
            this.refreshTokens = refreshTokens;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            copy.write(b, off, len);
            // token answers are small: look again after every write rather than rely on close being called
            Matcher issued = ISSUED.matcher(copy.toString(StandardCharsets.UTF_8));
            while (issued.find()) {
                tokens.add(issued.group(2));
                if (issued.group(1).equals("refresh_token")) {
                    refreshTokens.add(issued.group(2));
                }
            }
        }
    }
}
