package io.github.camelanaplan.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmark flags, read from system properties ({@code -Dbench.*}).
 *
 * @param size        bytes uploaded and exported for the transfer scenarios
 * @param importSize  bytes uploaded by the import scenario
 * @param tuneSize    bytes moved by each run of the tuning sweep
 * @param scenarios   which scenarios run
 * @param profiles    loopback and/or far
 * @param latencies   task lengths of the latency scenario
 * @param concurrency concurrent import exchanges
 * @param listItems   items of the list upsert
 * @param readItems   items of the large list read
 * @param clientHeap  -Xmx of the client JVMs
 * @param clientJvmArgs further arguments of the client JVMs ({@code -Dbench.clientJvmArgs}, space-separated)
 * @param output      where the Markdown report goes
 */
record BenchOptions(long size, long importSize, long tuneSize, Set<String> scenarios, List<String> profiles, List<Duration> latencies,
                    int concurrency, int listItems, int readItems, String clientHeap, List<String> clientJvmArgs,
                    Path output) {

    static final Set<String> SCENARIOS = Set.of("upload", "import", "download", "latency", "concurrency",
            "transactional", "tuning", "tuning-upload", "tuning-download");
    static final Set<String> PROFILES = Set.of("loopback", "far");

    static BenchOptions fromSystemProperties() {
        long size = Sizes.parse("bench.size", System.getProperty("bench.size", "1GiB"));
        String importSize = System.getProperty("bench.importSize", "");
        Set<String> scenarios = names("bench.scenarios", System.getProperty("bench.scenarios",
                String.join(",", "upload", "import", "download", "latency", "concurrency", "transactional")), SCENARIOS);
        List<String> profiles = List.copyOf(names("bench.profiles", System.getProperty("bench.profiles",
                "loopback,far"), PROFILES));
        List<Duration> latencies = new ArrayList<>();
        for (String text : System.getProperty("bench.latency", "2s,30s,5m").split(",")) {
            if (!text.isBlank()) {
                latencies.add(duration("bench.latency", text.trim()));
            }
        }
        return new BenchOptions(size,
                importSize.isBlank() || importSize.startsWith("${") ? size : Sizes.parse("bench.importSize", importSize),
                Sizes.parse("bench.tuneSize", System.getProperty("bench.tuneSize", "256MiB")),
                scenarios, profiles, latencies,
                positive("bench.concurrency", System.getProperty("bench.concurrency", "200")),
                positive("bench.listItems", System.getProperty("bench.listItems", "250000")),
                positive("bench.readItems", System.getProperty("bench.readItems", "1000000")),
                System.getProperty("bench.clientHeap", "128m"),
                java.util.Arrays.stream(System.getProperty("bench.clientJvmArgs", "").trim().split("\\s+"))
                        .filter(a -> !a.isEmpty()).toList(),
                Path.of(System.getProperty("bench.output", "target/benchmarks.md")));
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    private static Set<String> names(String option, String text, Set<String> allowed) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : text.split(",")) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            if (n.isEmpty()) {
                continue;
            }
            if (!allowed.contains(n)) {
                throw new IllegalArgumentException(option + ": unknown value '" + name + "'; valid: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (n.equals("tuning")) {
                // the whole sweep; either half can also be asked for alone
                out.add("tuning-upload");
                out.add("tuning-download");
            } else {
                out.add(n);
            }
        }
        return out;
    }

    private static Duration duration(String option, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException(option + ": '" + text + "' is not a duration such as 500ms, 2s or 5m");
    }

    private static int positive(String option, String text) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException(option + " must be a positive whole number, was '" + text + "'");
    }
}
