package io.github.camelanaplan.component;

import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.client.AnaplanClientConfig;
import io.github.camelanaplan.client.PollSchedule;
import io.github.camelanaplan.client.RetryPolicy;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.RequestInterceptor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Backs every row of docs/errors.md: each scenario gives one bad input over real HTTP against the simulator and
 * returns the error a user gets; the row's exception class and message text are checked against it. A scenario
 * without a row, or a row without a scenario, fails the suite, so the catalogue and the code cannot drift apart.
 */
class BadInputCatalogueTest extends AnaplanTestSupport {

    private static final String LOGIN = "username=" + DEMO_USER + "&password=RAW(" + DEMO_PASSWORD + ")";
    private static final String PRODUCTS_IMPORT = "anaplan:import?action=Products from products.csv&" + DEMO_MODEL;
    private static final String PRODUCTS_CSV = "Name,Code,Family,Category,Unit Price,Discontinued\n";
    private static final String LIST_WRITE = "anaplan:list-write?list=Products&failOnItemFailures=true&" + DEMO_MODEL;
    private static final String STORE_PASSWORD = "store-Secret-1";
    private static final String KEY_PASSWORD = "key-Secret-2";

    /** Three quick attempts: the rows about spent retries need not wait the default's Anaplan-sized delays. */
    private static final RetryPolicy FAST_RETRIES = RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(20))
            .maxDelay(Duration.ofMillis(100)).totalBudget(Duration.ofSeconds(10)).retryAfterCap(Duration.ofMillis(200))
            .build();

    @TempDir
    static Path keys;
    @TempDir
    Path temp;

    private static TestKeys testKeys;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeAll
    static void makeKeys() throws Exception {
        testKeys = TestKeys.generate(keys, DEMO_USER, STORE_PASSWORD, KEY_PASSWORD);
    }

    @AfterEach
    void closeWhatScenariosOpened() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    private static AnaplanClientConfig.Builder fastClientConfig(String apiBaseUrl, String authBaseUrl) {
        return AnaplanClientConfig.builder().apiBaseUrl(apiBaseUrl).authBaseUrl(authBaseUrl).basicAuth(DEMO_USER, DEMO_PASSWORD)
                .retryPolicy(FAST_RETRIES).connectTimeout(Duration.ofSeconds(2)).responseTimeout(Duration.ofSeconds(10))
                .pollSchedule(new PollSchedule(Duration.ofMillis(50), 1.5, Duration.ofMillis(200)));
    }

    @TestFactory
    Stream<DynamicTest> everyCatalogueRowMatchesTheErrorItDescribes() throws Exception {
        Map<String, Callable<Throwable>> scenarios = scenarios();
        List<ErrorCatalogue.Row> rows = ErrorCatalogue.read();
        Set<String> documented = rows.stream().map(ErrorCatalogue.Row::scenario).collect(Collectors.toCollection(TreeSet::new));
        Stream<DynamicTest> rowTests = rows.stream().map(row -> DynamicTest.dynamicTest("#" + row.number() + " " + row.scenario(), () -> {
            Callable<Throwable> scenario = scenarios.get(row.scenario());
            assertThat(scenario).as("scenario BadInputCatalogueTest#%s named in row %d", row.scenario(), row.number()).isNotNull();
            assertMatches(row, scenario.call());
        }));
        Stream<DynamicTest> undocumented = scenarios.entrySet().stream().filter(e -> !documented.contains(e.getKey()))
                .map(e -> DynamicTest.dynamicTest("undocumented " + e.getKey(), () -> {
                    Throwable actual = e.getValue().call();
                    fail("Scenario %s has no row in docs/errors.md; it gives:%n%s", e.getKey(), describe(actual));
                }));
        return Stream.concat(rowTests, undocumented);
    }

    @Test
    void theCatalogueIsNumberedInOrderAndLargeEnough() throws Exception {
        List<ErrorCatalogue.Row> rows = ErrorCatalogue.read();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(35);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).number()).as("row numbers run 1, 2, 3, ...").isEqualTo(i + 1);
        }
        assertThat(rows).extracting(ErrorCatalogue.Row::scenario).doesNotHaveDuplicates();
    }

    private static void assertMatches(ErrorCatalogue.Row row, Throwable actual) {
        for (Throwable t = actual; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals(row.exceptionClass())) {
                if (!row.matches(t.getMessage())) {
                    fail("Row %d (%s): the message of %s does not match the catalogue.%n expected: %s%n actual:   %s",
                            row.number(), row.scenario(), row.exceptionClass(), row.message(), t.getMessage());
                }
                return;
            }
        }
        fail("Row %d (%s): no %s in the cause chain:%n%s", row.number(), row.scenario(), row.exceptionClass(), describe(actual));
    }

    private static String describe(Throwable actual) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = actual; t != null; t = t.getCause()) {
            text.append("  ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    // ------------------------------------------------------------------------------------------------ scenarios

    private Map<String, Callable<Throwable>> scenarios() {
        Map<String, Callable<Throwable>> s = new LinkedHashMap<>();
        // URI and options, found when the route starts
        s.put("unknownOperation", () -> atStart("anaplan:importt?" + LOGIN));
        s.put("misspeltOption", () -> atStart("anaplan:import?actoin=Products&" + LOGIN));
        s.put("noCredentials", () -> atStart("anaplan:import"));
        s.put("passwordAndAuthToken", () -> atStart("anaplan:import?authToken=RAW(t0ken)&" + LOGIN));
        s.put("usernameWithoutPassword", () -> atStart("anaplan:import?username=" + DEMO_USER));
        s.put("certificateWithoutKey", () -> atStart("anaplan:import?certificatePath=" + testKeys.certificatePem()));
        s.put("keyStoreAndPemFiles", () -> atStart("anaplan:import?keyStorePath=" + testKeys.keyStore()
                                                   + "&certificatePath=" + testKeys.certificatePem()));
        s.put("refreshTokenWithoutClientId", () -> atStart("anaplan:import?oauthRefreshToken=RAW(r3fresh)"));
        s.put("clientAndCredentials", () -> atStart("anaplan:metadata?client=#readyClient&" + LOGIN, c -> {
            AnaplanClient client = AnaplanClient.create(fastClientConfig(simulator().apiBaseUrl(), simulator().authBaseUrl()).build());
            toClose.add(client);
            c.getRegistry().bind("readyClient", client);
        }));
        s.put("dumpModeFileWithoutDirectory", () -> atStart("anaplan:import?dumpMode=FILE&" + LOGIN));
        s.put("badDumpMode", () -> atStart("anaplan:import?dumpMode=SOMETIMES&" + LOGIN));
        s.put("chunkSizeOverFiftyMegabytes", () -> atStart("anaplan:upload?chunkSize=60000000&" + LOGIN));
        s.put("chunkSizeZero", () -> atStart("anaplan:upload?chunkSize=0&" + LOGIN));
        s.put("chunksInFlightZero", () -> atStart("anaplan:upload?chunksInFlight=0&" + LOGIN));
        s.put("negativeTaskTimeout", () -> atStart("anaplan:export?taskTimeout=-1&" + LOGIN));
        s.put("negativeConnectTimeout", () -> atStart("anaplan:export?connectTimeout=-5&" + LOGIN));
        s.put("durationNotANumber", () -> atStart("anaplan:export?taskTimeout=ten&" + LOGIN));
        s.put("pollMaxBelowInitial", () -> atStart("anaplan:import?pollInitialDelay=500&pollMaxDelay=100&" + LOGIN));
        s.put("badLargeRead", () -> atStart("anaplan:list-read?largeRead=sometimes&" + LOGIN));
        s.put("badOutputFormat", () -> atStart("anaplan:list-read?outputFormat=xml&" + LOGIN));
        s.put("badListWriteMode", () -> atStart("anaplan:list-write?listWriteMode=merge&" + LOGIN));
        s.put("badMetadataType", () -> atStart("anaplan:metadata?metadataType=cubes&" + LOGIN));
        s.put("badExportType", () -> atStart("anaplan:view-read?exportType=PDF&" + LOGIN));
        s.put("badCertificateDataFormat", () -> atStart("anaplan:metadata?certificateDataFormat=v3&keyStorePath="
                                                        + testKeys.keyStore() + "&keyStorePassword=RAW(" + STORE_PASSWORD + ")"));
        s.put("cellsPerRequestTooLarge", () -> atStart("anaplan:cell-write?cellsPerRequest=200000&" + LOGIN));
        s.put("listBatchSizeZero", () -> atStart("anaplan:list-write?listBatchSize=0&" + LOGIN));
        s.put("pageSelectorWithoutItem", () -> atStart("anaplan:view-read?pageSelectors=Regions&" + LOGIN));
        s.put("mappingParameterWithoutValue", () -> atStart("anaplan:import?mappingParameters=Versions&" + LOGIN));
        s.put("outputPathOnImport", () -> atStart("anaplan:import?outputPath=" + temp.resolve("out.csv") + "&" + LOGIN));
        s.put("proxyPortWithoutHost", () -> atStart("anaplan:import?proxyPort=8080&" + LOGIN));
        s.put("workerPoolSizeZero", () -> atStart("anaplan:import?" + LOGIN, c -> c.getComponent("anaplan",
                AnaplanComponent.class).setWorkerPoolSize(0)));
        s.put("consumerOnProducerOperation", () -> consumerAtStart("anaplan:import?" + LOGIN));
        s.put("consumerWithoutActions", () -> consumerAtStart("anaplan:task-status?" + DEMO_MODEL + "&" + LOGIN));
        s.put("badConsumerBody", () -> consumerAtStart("anaplan:task-status?actions=*&consumerBody=pdf&" + DEMO_MODEL + "&" + LOGIN));
        // what a message lacks or names wrongly
        s.put("unknownOperationHeader", () -> onSend("anaplan:metadata?metadataType=workspaces", null,
                AnaplanConstants.OPERATION, "frobnicate"));
        s.put("missingModel", () -> onSend("anaplan:metadata?metadataType=imports", null));
        s.put("missingAction", () -> onSend("anaplan:import?" + DEMO_MODEL, PRODUCTS_CSV));
        s.put("missingFile", () -> onSend("anaplan:upload?" + DEMO_MODEL, PRODUCTS_CSV));
        s.put("missingList", () -> onSend("anaplan:list-read?" + DEMO_MODEL, null));
        s.put("missingTaskId", () -> onSend("anaplan:task-status?action=Nightly Load&" + DEMO_MODEL, null));
        s.put("headerOfWrongType", () -> onSend(PRODUCTS_IMPORT, PRODUCTS_CSV, AnaplanConstants.WAIT_FOR_COMPLETION, List.of(1)));
        s.put("missingMetadataType", () -> onSend("anaplan:metadata?" + DEMO_MODEL, null));
        s.put("badListWriteModeHeader", () -> onSend(LIST_WRITE, List.of(Map.of("name", "X")),
                AnaplanConstants.LIST_WRITE_MODE, "merge"));
        s.put("workspaceNotFound", () -> onSend("anaplan:metadata?metadataType=imports&workspace=FP and A&model=RAW(Sales Planning)", null));
        s.put("modelNotFound", () -> onSend("anaplan:metadata?metadataType=imports&workspace=RAW(FP&A Demo)&model=Sales Plan", null));
        s.put("importNotFound", () -> onSend("anaplan:import?action=Products from product.csv&" + DEMO_MODEL, PRODUCTS_CSV));
        s.put("exportNotFound", () -> onSend("anaplan:export?action=Product export&" + DEMO_MODEL, null));
        s.put("processNotFound", () -> onSend("anaplan:process?action=Nightly Lode&" + DEMO_MODEL, null));
        s.put("fileNotFound", () -> onSend("anaplan:upload?file=sale.csv&" + DEMO_MODEL, "a,b\n"));
        s.put("listNotFound", () -> onSend("anaplan:list-read?list=Product&" + DEMO_MODEL, null));
        s.put("viewNotFound", () -> onSend("anaplan:view-read?view=NoSuchView&" + DEMO_MODEL, null));
        s.put("moduleNotFound", () -> onSend("anaplan:cell-write?module=NoSuchModule&" + DEMO_MODEL,
                List.of(Map.of("lineItem", "Revenue", "dimensions", Map.of("Regions", "North America"), "value", 1))));
        s.put("pageSelectorItemNotFound", () -> onSend("anaplan:view-read?view=Sales.Revenue by Region&pageSelectors="
                                                       + "RAW(Versions:Budgett)&" + DEMO_MODEL, null));
        s.put("pageSelectorDimensionNotFound", () -> onSend("anaplan:view-read?view=Sales.Revenue by Region&pageSelectors="
                                                            + "RAW(Version:Budget)&" + DEMO_MODEL, null));
        // bodies
        s.put("nullBodyForImport", () -> onSend(PRODUCTS_IMPORT, null));
        s.put("missingBodyFile", () -> onSend(PRODUCTS_IMPORT, new File(temp.toFile(), "missing.csv")));
        s.put("unsupportedListWriteBody", () -> onSend(LIST_WRITE, 42));
        s.put("unsupportedListWriteEntry", () -> onSend(LIST_WRITE, List.of(new Object())));
        s.put("malformedJsonForListWrite", () -> onSend(LIST_WRITE, "[{\"code\": \"J3\", \"Category\": "));
        s.put("malformedCsvForListWrite", () -> onSend(LIST_WRITE, "name,code\n\"Widget,W9\n"));
        s.put("wrongColumnNames", () -> onSend(LIST_WRITE, "label,Category\nX,Budget\n"));
        s.put("semicolonSeparatedCsv", () -> onSend(LIST_WRITE, "name;code;Category\nWidget Z;WZ;Budget\n"));
        s.put("unknownListProperty", () -> onSend(LIST_WRITE + "&listWriteMode=add",
                "name,code,Colour\nWidget Q,WQ,Red\n"));
        s.put("nullBodyForCellWrite", () -> onSend("anaplan:cell-write?module=Sales&" + DEMO_MODEL, null));
        // files
        s.put("ambiguousFileName", () -> withFault(r -> r.method().equals("GET") && r.path().endsWith("/files"),
                (request, response) -> response.json(200, Map.of("files", List.of(
                        Map.of("id", "113000000001", "name", "sales.csv"), Map.of("id", "113000000077", "name", "SALES.CSV")))),
                () -> withClient("anaplan:upload?file=Sales.csv&" + DEMO_MODEL, fastClientConfig(simulator().apiBaseUrl(),
                        simulator().authBaseUrl()))));
        s.put("outputPathIsADirectory", () -> onSend("anaplan:export?action=Products export&outputPath="
                                                     + Files.createDirectories(temp.resolve("exports")) + "&" + DEMO_MODEL, null));
        s.put("outputPathUnderAFile", () -> {
            Path file = Files.writeString(temp.resolve("plain-file"), "x");
            return onSend("anaplan:download?file=sales.csv&outputPath=" + file.resolve("out.csv") + "&" + DEMO_MODEL, null);
        });
        s.put("dumpDirectoryIsAFile", () -> atStart("anaplan:import?dumpMode=FILE&dumpDirectory="
                                                    + Files.writeString(temp.resolve("not-a-directory"), "x") + "&" + LOGIN));
        // credentials
        s.put("wrongPassword", () -> onSend("anaplan:metadata?metadataType=workspaces&username=" + DEMO_USER
                                            + "&password=RAW(not-the-password)", null));
        s.put("unknownUser", () -> onSend("anaplan:metadata?metadataType=workspaces&username=nobody@example.com"
                                          + "&password=RAW(whatever)", null));
        s.put("invalidStaticToken", () -> sendFresh("anaplan:metadata?metadataType=workspaces&authToken=RAW(expired-or-made-up)"));
        s.put("unknownRefreshToken", () -> sendFresh("anaplan:metadata?metadataType=workspaces&oauthClientId=demo-static-client"
                                                     + "&oauthRefreshToken=RAW(revoked-refresh-token)"));
        s.put("keyStoreMissing", () -> sendFresh("anaplan:metadata?metadataType=workspaces&keyStorePath="
                                                 + keys.resolve("missing.p12") + "&keyStorePassword=RAW(" + STORE_PASSWORD + ")"));
        s.put("keyStoreWrongPassword", () -> sendFresh("anaplan:metadata?metadataType=workspaces&keyStorePath="
                                                       + testKeys.keyStore() + "&keyStorePassword=RAW(wrong-store-password)"));
        s.put("keyStoreWrongAlias", () -> sendFresh("anaplan:metadata?metadataType=workspaces&keyStorePath="
                                                    + testKeys.keyStore() + "&keyStorePassword=RAW(" + STORE_PASSWORD
                                                    + ")&keyStoreAlias=prod"));
        s.put("encryptedPemWithoutPassword", () -> sendFresh("anaplan:metadata?metadataType=workspaces&certificatePath="
                                                             + testKeys.certificatePem() + "&privateKeyPath="
                                                             + testKeys.encryptedPrivateKeyPem()));
        s.put("encryptedPemWrongPassword", () -> sendFresh("anaplan:metadata?metadataType=workspaces&certificatePath="
                                                           + testKeys.certificatePem() + "&privateKeyPath="
                                                           + testKeys.encryptedPrivateKeyPem() + "&keyPassword=RAW(nope)"));
        s.put("certificateFileMissing", () -> sendFresh("anaplan:metadata?metadataType=workspaces&certificatePath="
                                                        + keys.resolve("missing.pem") + "&privateKeyPath=" + testKeys.privateKeyPem()));
        s.put("certificateUnknownToAnaplan", () -> sendFresh("anaplan:metadata?metadataType=workspaces&certificatePath="
                                                             + testKeys.certificatePem() + "&privateKeyPath=" + testKeys.privateKeyPem()));
        // permissions
        s.put("readOnlyUserStartsImport", () -> onSend(PRODUCTS_IMPORT + "&username=viewer@example.com&password=RAW(viewer-password)",
                PRODUCTS_CSV));
        s.put("noAccessUser", () -> onSend("anaplan:metadata?metadataType=imports&username=outsider@example.com"
                                           + "&password=RAW(outsider-password)&" + DEMO_MODEL, null));
        // server answers
        s.put("htmlBadGatewayFromProxy", () -> withFault(get("/workspaces"), (request, response) -> response.bytes(502, "text/html",
                "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8)), () -> workspacesWithFastClient()));
        s.put("truncatedJson", () -> withFault(get("/workspaces"), (request, response) -> response.bytes(200, "application/json",
                "{\"meta\":{\"paging\":{\"currentPageSize\":1}},\"workspaces\":[{\"id\":\"8a8".getBytes(StandardCharsets.UTF_8)),
                () -> workspacesWithFastClient()));
        s.put("emptyOkBody", () -> withFault(get("/workspaces"), (request, response) -> response.bytes(200, "application/json",
                new byte[0]), () -> workspacesWithFastClient()));
        s.put("htmlOkPage", () -> withFault(get("/workspaces"), (request, response) -> response.bytes(200, "text/html",
                "<html><body><h1>Please sign in to the corporate proxy</h1></body></html>".getBytes(StandardCharsets.UTF_8)),
                () -> workspacesWithFastClient()));
        s.put("rateLimitedUntilRetriesAreSpent", () -> withFault(get("/workspaces"), (request, response) -> {
            response.header("Retry-After", "0");
            response.json(429, envelope(429, "Too many requests"));
        }, () -> workspacesWithFastClient()));
        s.put("unavailableUntilRetriesAreSpent", () -> withFault(get("/workspaces"), (request, response) ->
                response.json(503, envelope(503, "Service Unavailable")), () -> workspacesWithFastClient()));
        s.put("modelBusyUntilBudgetIsSpent", () -> withFault(r -> r.method().equals("GET") && r.path().endsWith("/imports"),
                (request, response) -> response.json(423, envelope(423, "Model is locked")), () -> busyModel()));
        s.put("connectionRefused", this::connectionRefused);
        s.put("certificateNotTrusted", this::certificateNotTrusted);
        // tasks
        s.put("importFailsWithDump", () -> onSend(PRODUCTS_IMPORT + "&dumpMode=HEADER", PRODUCTS_CSV
                                                                                   + "Product 404,P404,XX,Budget,1,false\n"));
        s.put("processWithFailingImport", () -> {
            assertThat(send("anaplan:upload?file=products.csv&" + DEMO_MODEL, PRODUCTS_CSV
                                                                             + "Product 407,P407,XX,Budget,1,false\n").getException()).isNull();
            return onSend("anaplan:process?action=Nightly Load&mappingParameters=Versions=Actual&" + DEMO_MODEL, null);
        });
        s.put("importRejectsSomeRows", () -> onSend(PRODUCTS_IMPORT + "&failOnRowFailures=true", PRODUCTS_CSV
                                                    + "Product 405,P405,HW,Budget,1,false\nProduct 406,P406,XX,Budget,1,false\n"));
        s.put("taskTimeout", () -> onSend("anaplan:export?action=Sales export&taskTimeout=1&" + DEMO_MODEL, null));
        s.put("taskCancelledWhileWaiting", this::taskCancelledWhileWaiting);
        s.put("taskCancelledOnTimeout", () -> onSend("anaplan:export?action=Sales export&taskTimeout=1&cancelOnTimeout=true&"
                                                     + DEMO_MODEL, null));
        return s;
    }

    // ------------------------------------------------------------------------------------------------ drivers

    /** Sends through the test's context (component logged in as the demo user) and returns the exchange's failure. */
    private Throwable onSend(String uri, Object body, Object... headers) {
        Exchange exchange = send(uri, body, headers);
        if (exchange.getException() == null) {
            return fail("%s succeeded; the catalogue expects an error", uri);
        }
        return exchange.getException();
    }

    private Throwable atStart(String uri) {
        return atStart(uri, c -> {
        });
    }

    /** Starts a context whose component knows only where the simulator is (the URI brings the credentials). */
    private Throwable atStart(String uri, Consumer<CamelContext> customizer) {
        try (CamelContext fresh = freshContext()) {
            customizer.accept(fresh);
            fresh.addRoutes(StartupAssertions.route(uri));
            fresh.start();
        } catch (Exception e) {
            return e;
        }
        return fail("%s started; the catalogue expects a start-up error", uri);
    }

    private Throwable consumerAtStart(String uri) {
        try (CamelContext fresh = freshContext()) {
            fresh.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).routeId("consumer").to("log:consumed");
                }
            });
            fresh.start();
        } catch (Exception e) {
            return e;
        }
        return fail("%s started; the catalogue expects a start-up error", uri);
    }

    /** Starts a fresh context (credentials from the URI) and sends one message; returns the first failure. */
    private Throwable sendFresh(String uri) {
        return sendFresh(uri, null, c -> {
        });
    }

    private Throwable sendFresh(String uri, Object body, Consumer<CamelContext> customizer) {
        try (CamelContext fresh = freshContext()) {
            customizer.accept(fresh);
            fresh.addRoutes(StartupAssertions.route(uri));
            fresh.start();
            Exchange exchange = fresh.createProducerTemplate().send("direct:probe", e -> e.getMessage().setBody(body));
            if (exchange.getException() != null) {
                return exchange.getException();
            }
        } catch (Exception e) {
            return e;
        }
        return fail("%s succeeded; the catalogue expects an error", uri);
    }

    /** A context whose component knows only where the simulator is, so endpoints may bring a client of their own. */
    private CamelContext freshContext() {
        CamelContext fresh = new DefaultCamelContext();
        AnaplanComponent component = new AnaplanComponent();
        component.getConfiguration().setApiBaseUrl(simulator().apiBaseUrl());
        component.getConfiguration().setAuthBaseUrl(simulator().authBaseUrl());
        component.getConfiguration().setOauthBaseUrl(simulator().authBaseUrl());
        component.getConfiguration().setPollInitialDelay(50);
        component.getConfiguration().setPollMaxDelay(200);
        fresh.addComponent("anaplan", component);
        return fresh;
    }

    /** Runs {@code uri} with a ready client that retries briefly; the component's options must then stay unset. */
    private Throwable withClient(String uri, AnaplanClientConfig.Builder config) {
        AnaplanClient client = AnaplanClient.create(config.build());
        toClose.add(client);
        return sendFresh(uri + (uri.contains("?") ? "&" : "?") + "client=#readyClient", "Product,Region\nP001,NA\n",
                c -> c.getRegistry().bind("readyClient", client));
    }

    private Throwable workspacesWithFastClient() {
        return withClient("anaplan:metadata?metadataType=workspaces", fastClientConfig(simulator().apiBaseUrl(),
                simulator().authBaseUrl()));
    }

    private Throwable busyModel() {
        RetryPolicy shortBudget = FAST_RETRIES.toBuilder().totalBudget(Duration.ofMillis(500)).build();
        return withClient("anaplan:metadata?metadataType=imports&" + DEMO_MODEL,
                fastClientConfig(simulator().apiBaseUrl(), simulator().authBaseUrl()).retryPolicy(shortBudget));
    }

    private Throwable connectionRefused() {
        return withClient("anaplan:metadata?metadataType=workspaces",
                fastClientConfig("http://127.0.0.1:1/2/0", "http://127.0.0.1:1"));
    }

    private Throwable certificateNotTrusted() {
        try (AnaplanSimulator https = AnaplanSimulator.start(SimulatorConfig.builder().tls(true).build());
             CamelContext fresh = new DefaultCamelContext()) {
            fresh.addRoutes(StartupAssertions.route("anaplan:metadata?metadataType=workspaces&apiBaseUrl=" + https.apiBaseUrl()
                                                    + "&authBaseUrl=" + https.authBaseUrl() + "&" + LOGIN));
            fresh.start();
            Exchange exchange = fresh.createProducerTemplate().send("direct:probe", e -> {
            });
            return exchange.getException() != null ? exchange.getException() : fail("HTTPS without a trust store worked");
        } catch (Exception e) {
            return e;
        }
    }

    /**
     * Cancels a task while an exchange waits for it, as someone in Anaplan might: a simulator whose tasks take long
     * enough, the task id read from its start answer, then {@code task-cancel}.
     */
    private Throwable taskCancelledWhileWaiting() throws Exception {
        CompletableFuture<String> taskId = new CompletableFuture<>();
        Pattern started = Pattern.compile("\"taskId\"\\s*:\\s*\"([0-9A-F]+)\"");
        RequestInterceptor taskIdReader = RequestInterceptor.of(0, (request, response, chain) -> {
            if (request.method().equals("POST") && request.path().endsWith("/tasks")) {
                response.wrapOutput(out -> new FilterOutputStream(out) {
                    private final StringBuilder body = new StringBuilder();

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        body.append(new String(b, off, len, StandardCharsets.UTF_8));
                        Matcher id = started.matcher(body);
                        if (id.find()) {
                            taskId.complete(id.group(1));
                        }
                    }
                });
            }
            chain.proceed(request, response);
        });
        try (AnaplanSimulator slow = AnaplanSimulator.start(SimulatorConfig.builder().taskDuration(Duration.ofSeconds(30)).build());
             CamelContext fresh = new DefaultCamelContext()) {
            slow.interceptors().add(taskIdReader);
            String connection = "apiBaseUrl=" + slow.apiBaseUrl() + "&authBaseUrl=" + slow.authBaseUrl() + "&" + LOGIN + "&"
                                + DEMO_MODEL + "&pollInitialDelay=50&pollMaxDelay=200";
            fresh.addRoutes(StartupAssertions.route("anaplan:export?action=Sales export&" + connection));
            fresh.start();
            ProducerTemplate producer = fresh.createProducerTemplate();
            CompletableFuture<Exchange> waiting = producer.asyncSend("direct:probe", e -> {
            });
            Exchange cancel = producer.send("anaplan:task-cancel?action=Sales export&" + connection,
                    e -> e.getMessage().setHeader(AnaplanConstants.TASK_ID, taskId.get(20, TimeUnit.SECONDS)));
            assertThat(cancel.getException()).isNull();
            Exchange cancelled = waiting.get(20, TimeUnit.SECONDS);
            return cancelled.getException() != null ? cancelled.getException() : fail("the cancelled export succeeded");
        }
    }

    /** Answers matching requests with {@code answer} while {@code scenario} runs. */
    private static Throwable withFault(Predicate<ApiRequest> when, RequestInterceptor.Chain answer, Callable<Throwable> scenario)
            throws Exception {
        RequestInterceptor fault = RequestInterceptor.answering(20, when, answer);
        simulator().interceptors().add(fault);
        try {
            return scenario.call();
        } finally {
            simulator().interceptors().remove(fault);
        }
    }

    private static Predicate<ApiRequest> get(String pathSuffix) {
        return r -> r.method().equals("GET") && r.path().equals("/2/0" + pathSuffix);
    }

    private static Object envelope(int code, String message) {
        return Map.of("status", Map.of("code", code, "message", message), "path", "/2/0",
                "timestamp", "2026-01-01T00:00:00Z");
    }
}
