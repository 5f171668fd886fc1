package io.github.camelanaplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelanaplan.benchmarks.ResultTable.Row;
import io.github.camelanaplan.benchmarks.ResultTable.Verdict;
import io.github.camelanaplan.client.TransferSettings;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;
import io.github.camelanaplan.simulator.faults.NetworkProfile;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.tasks.TaskControl;
import io.github.camelanaplan.simulator.transactional.GeneratedLists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Runs the benchmark scenarios against simulators started in this JVM and prints one table. Each client-side
 * workload runs in a fresh JVM with the client heap limit ({@link ClientJvm}); the task latency scenario runs in
 * this JVM, on simulators of its own, in the background while the other scenarios run. Flags: see
 * {@link BenchOptions} and docs/benchmarks.md.
 */
public final class BenchmarkRunner {

    private static final String BIG_LIST = "Big List";
    private static final String DEMO_LIST = "Products";
    private static final String SALES_FILE = "113000000002";
    private static final String SALES_IMPORT = "112000000002";
    private static final long BARE_B_CHUNK = 1024 * 1024;
    /** Loopback transfers take seconds and carry the 0.9x targets: best of three runs per client JVM ... */
    private static final int LOOPBACK_REPEATS = 3;
    /** ... in three client JVMs per side, started in turn with the other side's (see {@link #alternating}). */
    private static final int LOOPBACK_ROUNDS = 3;

    private final BenchOptions options;
    private final ResultTable table = new ResultTable();
    private final ClientJvm clients;
    private final List<String> notes = new ArrayList<>();
    private AnaplanSimulator sim;
    private Model demo;
    private Model ledger;
    private final Map<String, JsonNode> memory = new LinkedHashMap<>();

    private BenchmarkRunner(BenchOptions options) {
        this.options = options;
        this.clients = new ClientJvm(options.clientHeap(), options.clientJvmArgs());
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.fromSystemProperties();
        new BenchmarkRunner(options).runAll();
        System.exit(0);
    }

    private void runAll() throws Exception {
        Instant started = Instant.now();
        Path data = Files.createTempDirectory("camel-anaplan-bench-");
        System.out.println("Benchmarks: " + options.scenarios() + " on " + options.profiles() + ", transfers of "
                + Sizes.format(options.size()) + ", client JVMs -Xmx" + options.clientHeap() + ", data in " + data);
        ExecutorService background = Executors.newCachedThreadPool();
        try {
            List<Future<LatencyScenario.Outcome>> latency = startLatency(background, data);
            startSimulator(data);
            if (options.runs("upload") || options.runs("import")) {
                long probe = Math.min(options.size(), 128L << 20);
                for (int level : new int[] {1, 6}) {
                    notes.add(CompressionProbe.measure(probe, level));
                }
            }
            scenario("upload", this::upload);
            scenario("import", this::importScenario);
            scenario("download", this::download);
            memoryRows();
            scenario("tuning-upload", this::uploadTuning);
            scenario("tuning-download", this::downloadTuning);
            scenario("concurrency", this::concurrency);
            scenario("transactional", this::transactional);
            if (!latency.isEmpty()) {
                System.out.println("Waiting for the task latency runs ...");
            }
            for (Future<LatencyScenario.Outcome> outcome : latency) {
                try {
                    latencyRow(outcome.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    table.add(new Row("task latency could not finish: " + e.getCause(), "", "", "", "", "",
                            Verdict.FAIL));
                }
            }
        } finally {
            background.shutdownNow();
            if (sim != null) {
                sim.close();
            }
            deleteTree(data);
        }
        String report = Report.render(options, table, notes, Duration.between(started, Instant.now()));
        System.out.println();
        System.out.println(report);
        Files.createDirectories(options.output().toAbsolutePath().getParent());
        Files.writeString(options.output(), report);
        System.out.println("Written to " + options.output().toAbsolutePath());
    }

    /** A scenario that fails is reported in the table, and the run goes on with the next one. */
    private void scenario(String name, Step step) {
        if (!options.runs(name)) {
            return;
        }
        try {
            step.run();
        } catch (Exception e) {
            System.out.println("Scenario " + name + " failed: " + e);
            e.printStackTrace(System.out);
            table.add(new Row(name + " could not finish: " + e.getMessage(), "", "", "", "", "", Verdict.FAIL));
            sim.faults().network(NetworkProfile.NONE);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private void startSimulator(Path data) throws IOException {
        Path model = BenchModel.write(data.resolve("bench-model.yaml"), options.runs("download") ? options.size()
                : options.runs("tuning-download") ? options.tuneSize() : 1);
        sim = AnaplanSimulator.start(SimulatorConfig.builder()
                .includeDemo(true)
                .modelFile(model)
                .user(ComponentSession.USER, ComponentSession.PASSWORD)
                .dataDirectory(Files.createDirectories(data.resolve("simulator")))
                .build());
        TaskControl control = sim.service(TaskControl.class).orElseThrow();
        // Simulated run time proportional to rows would swamp the transfer figures; the real parsing and
        // writing work of the simulator remains and is the same for the component and the baselines.
        control.settings(control.settings().withRowsPerSecond(1_000_000_000L));
        demo = sim.tenant().models().byName("Sales Planning").orElseThrow();
        ledger = sim.tenant().models().byName(BenchModel.LEDGER_MODEL).orElseThrow();
        if (options.runs("transactional")) {
            sim.service(GeneratedLists.class).orElseThrow().create(demo, BIG_LIST, options.readItems());
        }
    }

    private Map<String, Object> params(Model model) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("api", sim.apiBaseUrl());
        p.put("auth", sim.authBaseUrl());
        p.put("workspace", model.workspaceId());
        p.put("model", model.id());
        return p;
    }

    private void network(String profile) {
        sim.faults().network(profileOf(profile));
        System.out.println("-- network profile: " + profile);
    }

    private static NetworkProfile profileOf(String profile) {
        return profile.equals("far") ? NetworkProfile.FAR_FROM_DATA_CENTRE : NetworkProfile.NONE;
    }

    private JsonNode job(String workload, Map<String, Object> params) throws Exception {
        System.out.println("  running " + workload + " " + params.getOrDefault("mode", "") + " ...");
        return clients.run(workload, params);
    }

    /**
     * Runs both sides of a comparison {@code rounds} times, each time in fresh client JVMs and in turn, so that a
     * slow spell of a shared machine falls on both sides rather than on whichever ran then. Each side's fastest run
     * counts; its memory figures are the highest any of its runs reached.
     *
     * @return the two sides' results, ours first
     */
    private JsonNode[] alternating(String workload, int rounds, Map<String, Object> ours, Map<String, Object> bare)
            throws Exception {
        List<JsonNode> oursRuns = new ArrayList<>();
        List<JsonNode> bareRuns = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            oursRuns.add(job(workload, ours));
            bareRuns.add(job(workload, bare));
        }
        return new JsonNode[] {fastestOf(oursRuns), fastestOf(bareRuns)};
    }

    private static JsonNode fastestOf(List<JsonNode> runs) {
        JsonNode fastest = runs.stream().min(Comparator.comparingDouble(r -> r.path("seconds").asDouble()))
                .orElseThrow();
        ObjectNode merged = fastest.deepCopy();
        for (String peak : new String[] {"peakHeapBytes", "peakLiveHeapBytes", "peakRssBytes"}) {
            if (fastest.has(peak)) {
                merged.put(peak, runs.stream().mapToLong(r -> r.path(peak).asLong()).max().orElseThrow());
            }
        }
        return merged;
    }

    private void upload() throws Exception {
        long size = options.size();
        int ourChunk = TransferSettings.DEFAULT.chunkSize();
        for (String profile : options.profiles()) {
            network(profile);
            Map<String, Object> base = params(demo);
            base.put("file", SALES_FILE);
            base.put("size", size);
            // on loopback a transfer takes seconds, so both sides get a warm JVM first (see Workloads.warmTransfer)
            boolean warm = profile.equals("loopback");
            int repeat = warm ? LOOPBACK_REPEATS : 1;
            JsonNode[] rawVsA = alternating("upload", warm ? LOOPBACK_ROUNDS : 1,
                    with(base, "mode", "ours", "gzip", false, "warm", warm, "repeat", repeat),
                    with(base, "mode", "bare-a", "chunkSize", ourChunk, "warm", warm, "repeat", repeat));
            JsonNode raw = rawVsA[0];
            JsonNode bareA = rawVsA[1];
            JsonNode defaults = job("upload", with(base, "mode", "ours"));
            JsonNode bareB = job("upload", with(base, "mode", "bare-b", "chunkSize", bareBChunk(size)));
            if (profile.equals("loopback") || !memory.containsKey("upload")) {
                memory.put("upload", defaults);
            }
            String what = "upload " + Sizes.format(size);
            throughputRow(what + ", compression off, vs (a) raw sequential PUTs of " + Sizes.mib(ourChunk), profile,
                    raw, bareA, profile.equals("loopback") ? 0.9 : 0);
            throughputRow(what + ", defaults, vs (b) gzip " + chunkLabel(bareBChunk(size)) + " sequential PUTs", profile,
                    defaults, bareB,
                    profile.equals("far") ? 3.0 : 0);
            notes.add(String.format(Locale.ROOT, "%s [%s]: gzip sends %.1f%% of the bytes (baseline (b) wire bytes "
                    + "%s for %s)", what, profile, 100.0 * bareB.path("wireBytes").asLong() / size,
                    Sizes.mib(bareB.path("wireBytes").asLong()), Sizes.format(size)));
        }
    }

    /**
     * Baseline (b)'s chunk: 1 MiB, or, when that would make more than Anaplan's 1,000 chunks (1 GiB is 1,024 of
     * them), the smallest whole KiB that fits.
     */
    private static long bareBChunk(long size) {
        long fitting = (size + 999) / 1000;
        return Math.max(BARE_B_CHUNK, (fitting + 1023) / 1024 * 1024);
    }

    private static String chunkLabel(long bytes) {
        return bytes == BARE_B_CHUNK ? "1 MiB" : String.format(Locale.ROOT, "%.2f MiB", bytes / 1048576.0);
    }

    private void importScenario() throws Exception {
        long size = options.importSize();
        int ourChunk = TransferSettings.DEFAULT.chunkSize();
        for (String profile : options.profiles()) {
            network(profile);
            Map<String, Object> base = params(demo);
            base.put("file", SALES_FILE);
            base.put("importId", SALES_IMPORT);
            base.put("size", size);
            base.put("pollMillis", 250);
            String what = "import " + Sizes.format(size) + " (upload + task)";
            if (profile.equals("loopback")) {
                JsonNode ours = job("import", with(base, "mode", "ours", "gzip", false));
                JsonNode bare = job("import", with(base, "mode", "bare-a", "chunkSize", ourChunk));
                throughputRow(what + ", compression off, vs (a) + task polled every 250 ms", profile, ours, bare, 0.9);
                notes.add("import [" + profile + "]: " + ours.path("rows").asText() + " rows imported; "
                        + ours.path("polls").asText() + " status requests (ours), " + bare.path("polls").asText()
                        + " (baseline)");
            } else {
                JsonNode ours = job("import", with(base, "mode", "ours"));
                JsonNode bare = job("import", with(base, "mode", "bare-b", "chunkSize", bareBChunk(size)));
                throughputRow(what + ", defaults, vs (b) + task polled every 250 ms", profile, ours, bare, 3.0);
            }
        }
    }

    private void download() throws Exception {
        sim.faults().network(NetworkProfile.NONE);
        Map<String, Object> base = params(ledger);
        String exportId = ledger.exports().byName(BenchModel.LEDGER_EXPORT).orElseThrow().id();
        JsonNode export = job("export", with(base, "exportId", exportId));
        long bytes = export.path("bytes").asLong();
        table.add(new Row("export of " + Sizes.mib(bytes) + " (task + download, once, to create the output)",
                "loopback", mibPerSecond(export), "", "", "", Verdict.INFO));
        notes.add(String.format(Locale.ROOT, "the export task wrote %s in %.1f s end to end (mostly the simulator "
                + "writing %d accounts x 192 rows)", Sizes.mib(bytes), export.path("seconds").asDouble(),
                BenchModel.accountsFor(options.size())));
        for (String profile : options.profiles()) {
            network(profile);
            Map<String, Object> p = with(base, "file", exportId, "warm", profile.equals("loopback"),
                    "repeat", profile.equals("loopback") ? LOOPBACK_REPEATS : 1);
            JsonNode[] pair = alternating("download", profile.equals("loopback") ? LOOPBACK_ROUNDS : 1,
                    with(p, "mode", "ours"), with(p, "mode", "bare"));
            JsonNode ours = pair[0];
            JsonNode bare = pair[1];
            if (profile.equals("loopback") || !memory.containsKey("download")) {
                memory.put("download", ours);
            }
            throughputRow("download of the " + Sizes.mib(bytes) + " export, defaults, vs sequential chunk GETs",
                    profile, ours, bare, profile.equals("loopback") ? 0.9 : 3.0);
        }
        sim.faults().network(NetworkProfile.NONE);
    }

    /** The sweep behind the upload defaults: throughput over chunk size, chunks in flight and compression. */
    private void uploadTuning() throws Exception {
        long size = options.tuneSize();
        for (String profile : options.profiles()) {
            network(profile);
            Map<String, Object> base = params(demo);
            base.put("file", SALES_FILE);
            base.put("size", size);
            for (boolean gzip : new boolean[] {true, false}) {
                for (int mib : gzip ? new int[] {4, 8, 16} : new int[] {8}) {
                    for (int inFlight : new int[] {2, 4, 8}) {
                        String what = String.format(Locale.ROOT, "tuning: upload %s, %s, %d MiB chunks, %d in flight",
                                Sizes.format(size), gzip ? "gzip" : "no compression", mib, inFlight);
                        try {
                            JsonNode r = job("upload", with(base, "mode", "ours", "gzip", gzip,
                                    "chunkSize", mib << 20, "inFlight", inFlight));
                            table.add(new Row(what, profile, mibPerSecond(r) + ", live heap "
                                    + Sizes.mib(r.path("peakLiveHeapBytes").asLong()), "", "", "", Verdict.INFO));
                        } catch (IllegalStateException e) {
                            table.add(new Row(what, profile, e.getMessage().replaceAll(" \\(exit.*", ""), "", "", "",
                                    Verdict.INFO));
                        }
                    }
                }
            }
        }
        sim.faults().network(NetworkProfile.NONE);
    }

    /** The sweep behind the download default: throughput over chunks in flight (the server chooses chunk sizes). */
    private void downloadTuning() throws Exception {
        String exportId = ledger.exports().byName(BenchModel.LEDGER_EXPORT).orElseThrow().id();
        if (!options.runs("download")) {
            job("export", with(params(ledger), "exportId", exportId));
        }
        for (String profile : options.profiles()) {
            network(profile);
            // timed like the download scenario, so the sweep's lines compare with its table row
            Map<String, Object> p = with(params(ledger), "file", exportId, "warm", profile.equals("loopback"),
                    "repeat", profile.equals("loopback") ? LOOPBACK_REPEATS : 1);
            for (int inFlight : new int[] {1, 2, 4, 8}) {
                JsonNode r = job("download", with(p, "mode", "ours", "inFlight", inFlight));
                table.add(new Row("tuning: download of the export, " + inFlight + " in flight", profile,
                        mibPerSecond(r) + ", live heap " + Sizes.mib(r.path("peakLiveHeapBytes").asLong()),
                        "", "", "", Verdict.INFO));
            }
            table.add(new Row("tuning: download of the export, sequential chunk GETs (bare loop)", profile,
                    mibPerSecond(job("download", with(p, "mode", "bare"))), "", "", "", Verdict.INFO));
        }
        sim.faults().network(NetworkProfile.NONE);
    }

    private void memoryRows() {
        memory.forEach((what, result) -> table.add(new Row("memory: " + what + " of " + Sizes.format(options.size())
                + " with -Xmx" + options.clientHeap(), "loopback", "heap used " + Sizes.mib(result.path("peakHeapBytes")
                .asLong()) + " (live " + Sizes.mib(result.path("peakLiveHeapBytes").asLong()) + "), RSS " + Sizes.mib(result.path("peakRssBytes").asLong()), "", "",
                "completes with -Xmx128m", Verdict.of(result.path("maxHeapBytes").asLong() <= 128L * 1024 * 1024
                && result.path("bytes").asLong() >= options.size()))));
    }

    private void concurrency() throws Exception {
        List<String> models = new ArrayList<>();
        String workspace = null;
        for (int i = 1; i <= BenchModel.LOAD_MODELS; i++) {
            Model model = sim.tenant().models().byName(BenchModel.loadModel(i)).orElseThrow();
            models.add(model.id());
            workspace = model.workspaceId();
        }
        for (String profile : options.profiles()) {
            network(profile);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("api", sim.apiBaseUrl());
            p.put("auth", sim.authBaseUrl());
            p.put("workspace", workspace);
            p.put("action", BenchModel.LOAD_IMPORT);
            p.put("models", String.join(",", models));
            p.put("count", options.concurrency());
            JsonNode r = job("concurrency", p);
            int ok = r.path("exchanges").asInt() - r.path("failures").asInt();
            table.add(new Row(options.concurrency() + " concurrent imports over " + models.size() + " models",
                    profile, String.format(Locale.ROOT, "%d/%d done in %.1f s, %d model-busy failures",
                    ok, r.path("exchanges").asInt(), r.path("seconds").asDouble(), r.path("busyFailures").asInt()),
                    "", "", "all complete, no busy failure", Verdict.of(r.path("failures").asInt() == 0)));
            table.add(new Row("threads added by Camel, component and client", profile,
                    r.path("threadsAdded").asInt() + " (JVM peak " + r.path("threadsPeak").asInt() + ")", "", "",
                    "< 30", Verdict.of(r.path("threadsAdded").asInt() < 30)));
            notes.add("threads [" + profile + "] largest count per pool: " + r.path("threadPools").asText());
            if (!r.path("errors").asText().isEmpty()) {
                notes.add("concurrency errors [" + profile + "]: " + r.path("errors").asText());
            }
        }
        sim.faults().network(NetworkProfile.NONE);
    }

    private void transactional() throws Exception {
        for (String profile : options.profiles()) {
            network(profile);
            JsonNode upsert = job("list-upsert", with(params(demo), "list", DEMO_LIST, "items", options.listItems()));
            table.add(new Row("list upsert of " + options.listItems() + " items", profile,
                    String.format(Locale.ROOT, "%,.0f items/s, heap used %s (live %s)", options.listItems()
                            / upsert.path("seconds").asDouble(), Sizes.mib(upsert.path("peakHeapBytes").asLong()),
                            Sizes.mib(upsert.path("peakLiveHeapBytes").asLong())),
                    "", "", "", upsert.path("failed").asInt() == 0 ? Verdict.INFO : Verdict.FAIL));
            JsonNode read = job("list-read", with(params(demo), "list", BIG_LIST));
            long items = read.path("lines").asLong();
            boolean complete = items >= options.readItems();
            table.add(new Row("large-volume read of a " + options.readItems() + "-item list", profile,
                    String.format(Locale.ROOT, "%,.0f items/s, heap used %s (live %s), RSS %s", items
                            / read.path("seconds").asDouble(), Sizes.mib(read.path("peakHeapBytes").asLong()),
                            Sizes.mib(read.path("peakLiveHeapBytes").asLong()),
                            Sizes.mib(read.path("peakRssBytes").asLong())), "", "",
                    "streams with -Xmx128m", Verdict.of(complete)));
            notes.add("list read [" + profile + "]: " + items + " lines, " + Sizes.mib(read.path("bytes").asLong())
                    + "; upsert added " + upsert.path("added").asLong() + ", updated " + upsert.path("updated").asLong());
        }
        sim.faults().network(NetworkProfile.NONE);
    }

    private List<Future<LatencyScenario.Outcome>> startLatency(ExecutorService background, Path data) {
        List<Future<LatencyScenario.Outcome>> runs = new ArrayList<>();
        if (!options.runs("latency")) {
            return runs;
        }
        for (String profile : options.profiles()) {
            for (Duration length : options.latencies()) {
                LatencyScenario scenario = new LatencyScenario(length, profile, profileOf(profile));
                runs.add(background.submit(() -> scenario.run(data)));
            }
        }
        return runs;
    }

    private void latencyRow(LatencyScenario.Outcome outcome) {
        double allowed = Math.max(0.5, outcome.taskLength().toMillis() / 1000.0 * 0.1);
        boolean delayOk = outcome.delaySeconds() <= allowed;
        boolean five = outcome.taskLength().compareTo(Duration.ofMinutes(5)) >= 0;
        boolean pollsOk = !five || outcome.polls() <= 25;
        table.add(new Row("task of " + LatencyScenario.label(outcome.taskLength()) + ": completion delay, status requests",
                outcome.profileName(), String.format(Locale.ROOT, "%.2f s, %d polls", outcome.delaySeconds(),
                outcome.polls()), "", "", String.format(Locale.ROOT, "≤ %.1f s%s", allowed, five ? ", ≤ 25 polls" : ""),
                Verdict.of(delayOk && pollsOk)));
    }

    private void throughputRow(String scenario, String profile, JsonNode ours, JsonNode baseline, double target) {
        double ratio = (ours.path("bytes").asDouble() / ours.path("seconds").asDouble())
                / (baseline.path("bytes").asDouble() / baseline.path("seconds").asDouble());
        table.add(new Row(scenario, profile, mibPerSecond(ours) + ", live heap " + Sizes.mib(ours.path("peakLiveHeapBytes")
                .asLong()), mibPerSecond(baseline), String.format(Locale.ROOT, "%.2f×", ratio),
                target <= 0 ? "" : String.format(Locale.ROOT, "≥ %.1f×", target),
                target <= 0 ? Verdict.INFO : Verdict.of(ratio >= target)));
    }

    private static String mibPerSecond(JsonNode result) {
        return String.format(Locale.ROOT, "%.1f MiB/s (%.1f s)", result.path("bytes").asDouble() / 1048576.0
                / result.path("seconds").asDouble(), result.path("seconds").asDouble());
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> p = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            p.put((String) pairs[i], pairs[i + 1]);
        }
        return p;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
