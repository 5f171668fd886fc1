package io.github.camelanaplan.component.soak;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.github.camelanaplan.component.AnaplanComponent;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;
import io.github.camelanaplan.simulator.faults.FaultKind;
import io.github.camelanaplan.simulator.faults.RouteFamily;
import io.github.camelanaplan.simulator.faults.TrafficStats;
import io.github.camelanaplan.simulator.tasks.ActionKind;
import io.github.camelanaplan.simulator.tasks.TaskControl;
import io.github.camelanaplan.simulator.tasks.TaskStart;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, section 2: upload → import → export round trips through real Camel routes while the simulator injects
 * 503s, 429s, mid-body resets, resets after task starts, token revocations and model-busy bursts.
 *
 * <p>Must hold: every exchange succeeds; every export is byte-identical (SHA-256) to what was imported; the simulator
 * saw no duplicate task start for any exchange; threads and open connections are back at their starting counts once
 * the CamelContext has stopped (while it runs, the pool keeps its connections and the component its worker threads,
 * by design). The counts are printed, and written to {@code target/fault-soak-report.txt}.
 *
 * <p>The short version (20 round trips of 1 MB) runs in every build; {@code mvn -Psoak} runs the long one
 * (200 of 10 MB). See docs/fault-soak.md.
 */
class FaultSoakTest {

    private static final Duration SETTLE = Duration.ofSeconds(15);

    @TempDir
    Path temp;

    @Test
    void roundTripsComeBackByteIdenticalUnderTheFaultProfile() throws Exception {
        SoakSettings settings = SoakSettings.fromSystemProperties();
        int accounts = LedgerCsv.accountsFor(settings.fileBytes());
        long rows = LedgerCsv.rows(accounts);
        SimulatorConfig config = SimulatorConfig.builder().modelFile(new LedgerModel(accounts).writeTo(temp))
                .taskDuration(Duration.ofMillis(50)).build();
        try (AnaplanSimulator sim = AnaplanSimulator.start(config); RetryLog retryLog = RetryLog.install()) {
            String modelId = sim.tenant().models().byName(LedgerModel.MODEL).orElseThrow().id();
            TaskControl tasks = sim.service(TaskControl.class).orElseThrow();

            ThreadCensus threadsBefore = ThreadCensus.take();
            int connectionsBefore = sim.openConnections();
            long started = System.nanoTime();

            DefaultCamelContext camel = new DefaultCamelContext();
            // the unknown-length round trips must reach the component as plain streams, not as cached copies
            camel.setStreamCaching(false);
            camel.addComponent("anaplan", component(sim));
            camel.addRoutes(new RoundTripRoute());
            camel.start();

            sim.faults().settings(settings.faults());
            sim.faults().revokeTokensEvery(settings.tokenRevocation());
            List<RoundTrip> roundTrips = new ArrayList<>();
            int connectionsWhileRunning;
            int busyBursts;
            long busyMillis;
            try (ProducerTemplate template = camel.createProducerTemplate();
                 ModelBusyBursts bursts = new ModelBusyBursts(tasks, modelId, settings.seed(), settings.burstGapMin(),
                         settings.burstGapMax(), settings.burstHoldMin(), settings.burstHoldMax())) {
                bursts.start();
                for (int i = 0; i < settings.roundTrips(); i++) {
                    RoundTrip roundTrip = roundTrip(template, i, new Random(settings.seed() + i), accounts, rows);
                    roundTrips.add(roundTrip);
                    if (!roundTrip.identical()) {
                        System.out.println("FAULT SOAK " + roundTrip.describe());
                    }
                    if ((i + 1) % 10 == 0) {
                        System.out.printf("FAULT SOAK progress: %d of %d round trips, %d s%n", i + 1,
                                settings.roundTrips(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
                    }
                }
                busyBursts = bursts.bursts();
                busyMillis = bursts.heldMillis();
            } finally {
                sim.faults().reset();
            }
            connectionsWhileRunning = sim.openConnections();
            TrafficStats stats = sim.faults().stats();
            List<TaskStart> starts = tasks.taskStarts().stream().filter(s -> s.modelId().equals(modelId)).toList();

            camel.stop();
            ThreadCensus threadsAfter = ThreadCensus.awaitBackTo(threadsBefore, SETTLE);
            int connectionsAfter = awaitConnections(sim, connectionsBefore);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            TaskStartCheck imports = TaskStartCheck.of(ActionKind.IMPORT, roundTrips, RoundTrip::importTaskId, starts);
            TaskStartCheck exports = TaskStartCheck.of(ActionKind.EXPORT, roundTrips, RoundTrip::exportTaskId, starts);
            String report = report(settings, accounts, roundTrips, stats, busyBursts, busyMillis, retryLog, imports,
                    exports, threadsBefore, threadsAfter, connectionsBefore, connectionsWhileRunning, connectionsAfter,
                    elapsed);
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "fault-soak-report.txt"), report);

            assertThat(roundTrips).as("every exchange succeeds").allSatisfy(r -> assertThat(r.failure())
                    .as(r.describe()).isNull());
            assertThat(roundTrips).as("every export is byte-identical to its import").allSatisfy(r -> {
                assertThat(r.identical()).as(r.describe()).isTrue();
                assertThat(r.rowsImported()).as(r.describe()).isEqualTo(rows);
                assertThat(r.rowsRejected()).as(r.describe()).isZero();
            });
            assertThat(roundTrips).extracting(RoundTrip::sentSha256).as("every round trip sent its own content")
                    .doesNotHaveDuplicates();
            assertThat(imports.clean()).as(imports.describe()).isTrue();
            assertThat(exports.clean()).as(exports.describe()).isTrue();
            assertThat(threadsAfter.newSince(threadsBefore)).as("threads still alive after the context stopped")
                    .isEmpty();
            assertThat(connectionsAfter).as("connections open after the context stopped").isEqualTo(connectionsBefore);
        }
    }

    private static AnaplanComponent component(AnaplanSimulator sim) {
        AnaplanComponent component = new AnaplanComponent();
        AnaplanConfiguration configuration = component.getConfiguration();
        configuration.setApiBaseUrl(sim.apiBaseUrl());
        configuration.setAuthBaseUrl(sim.authBaseUrl());
        configuration.setOauthBaseUrl(sim.authBaseUrl());
        configuration.setUsername(LedgerModel.USER);
        configuration.setPassword(LedgerModel.PASSWORD);
        configuration.setPollInitialDelay(50);
        configuration.setPollMaxDelay(200);
        return component;
    }

    /** Even round trips send a byte[] (chunk count declared up front), odd ones a stream of unknown length. */
    private static RoundTrip roundTrip(ProducerTemplate template, int index, Random random, int accounts, long rows) {
        byte[] content = LedgerCsv.generate(random, accounts);
        String sha256 = Hex.sha256(content);
        boolean knownLength = index % 2 == 0;
        Object body = knownLength ? content : new ByteArrayInputStream(content);
        long start = System.nanoTime();
        Exchange exchange = template.send(RoundTripRoute.ENDPOINT, e -> e.getMessage().setBody(body));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        String importTask = exchange.getProperty(RoundTripRoute.IMPORT_TASK, String.class);
        String exportTask = exchange.getProperty(RoundTripRoute.EXPORT_TASK, String.class);
        if (exchange.getException() != null) {
            return new RoundTrip(index, knownLength, content.length, sha256, -1, null, rows, -1, -1, importTask,
                    exportTask, millis, stackTrace(exchange.getException()));
        }
        RoundTripRoute.ExportDigest digest = exchange.getMessage().getBody(RoundTripRoute.ExportDigest.class);
        return new RoundTrip(index, knownLength, content.length, sha256, digest.bytes(), digest.sha256(), rows,
                exchange.getProperty(RoundTripRoute.ROWS_IMPORTED, -1L, Long.class),
                exchange.getProperty(RoundTripRoute.ROWS_REJECTED, -1L, Long.class), importTask, exportTask, millis,
                null);
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static int awaitConnections(AnaplanSimulator sim, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (sim.openConnections() != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return sim.openConnections();
    }

    private static String report(SoakSettings settings, int accounts, List<RoundTrip> roundTrips, TrafficStats stats,
                                 int busyBursts, long busyMillis, RetryLog retryLog, TaskStartCheck imports,
                                 TaskStartCheck exports, ThreadCensus threadsBefore, ThreadCensus threadsAfter,
                                 int connectionsBefore, int connectionsWhileRunning, int connectionsAfter,
                                 Duration elapsed) {
        long succeeded = roundTrips.stream().filter(RoundTrip::succeeded).count();
        long identical = roundTrips.stream().filter(RoundTrip::identical).count();
        long sent = roundTrips.stream().mapToLong(RoundTrip::sentBytes).sum();
        long received = roundTrips.stream().mapToLong(r -> Math.max(0, r.receivedBytes())).sum();
        long slowest = roundTrips.stream().mapToLong(RoundTrip::millis).max().orElse(0);
        StringBuilder faults = new StringBuilder();
        for (FaultKind kind : FaultKind.values()) {
            if (stats.faults(kind) > 0) {
                faults.append(' ').append(kind).append('=').append(stats.faults(kind));
            }
        }
        StringBuilder requests = new StringBuilder();
        for (RouteFamily family : RouteFamily.values()) {
            if (stats.requests(family) > 0) {
                requests.append(' ').append(family).append('=').append(stats.requests(family));
            }
        }
        return String.join("\n",
                "=== Fault soak: " + settings.describe(),
                "round trips: %d, exchanges succeeded %d, byte-identical (SHA-256) %d".formatted(roundTrips.size(),
                        succeeded, identical),
                "files: %d accounts x %d months = %d rows; bytes uploaded %d, exported %d".formatted(accounts,
                        LedgerModel.MONTHS, LedgerCsv.rows(accounts), sent, received),
                "faults injected:" + faults,
                "requests by family:" + requests + " (AUTH: calls to the token service)",
                "model-busy bursts: %d, %d ms held in total".formatted(busyBursts, busyMillis),
                "client: %d retries, %d ambiguous task starts reconciled, %d tasks adopted after a lost answer"
                        .formatted(retryLog.retries(), retryLog.ambiguousStarts(), retryLog.adoptedTasks()),
                "task starts: " + imports.describe(),
                "task starts: " + exports.describe(),
                "threads outside the simulator: before %d, after the context stopped %d, new still alive %s"
                        .formatted(threadsBefore.count(), threadsAfter.count(), threadsAfter.newSince(threadsBefore)),
                "open connections (simulator side): before %d, while the context ran %d, after it stopped %d"
                        .formatted(connectionsBefore, connectionsWhileRunning, connectionsAfter),
                "duration: %.1f s (slowest round trip %.1f s)".formatted(elapsed.toMillis() / 1000.0, slowest / 1000.0),
                "");
    }
}
