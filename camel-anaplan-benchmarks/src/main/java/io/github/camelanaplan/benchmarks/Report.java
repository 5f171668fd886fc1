package io.github.camelanaplan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The Markdown report: how it was run, on what machine, the table and the side notes. */
final class Report {

    private Report() {
    }

    static String render(BenchOptions options, ResultTable table, List<String> notes, Duration took) {
        StringBuilder out = new StringBuilder();
        out.append("## Run of ").append(Instant.now().toString(), 0, 16).append(" UTC\n\n");
        out.append("* Flags: `-Dbench.size=").append(Sizes.format(options.size()).replace(" ", ""))
                .append(" -Dbench.importSize=").append(Sizes.format(options.importSize()).replace(" ", ""))
                .append(" -Dbench.scenarios=").append(String.join(",", options.scenarios()))
                .append(" -Dbench.profiles=").append(String.join(",", options.profiles()))
                .append(" -Dbench.latency=").append(String.join(",", options.latencies().stream()
                        .map(LatencyScenario::label).map(s -> s.replace(" ", "")).toList()))
                .append(" -Dbench.concurrency=").append(options.concurrency())
                .append(" -Dbench.listItems=").append(options.listItems())
                .append(" -Dbench.readItems=").append(options.readItems())
                .append(" -Dbench.clientHeap=").append(options.clientHeap()).append("`\n");
        out.append("* Machine: ").append(machine()).append('\n');
        out.append(String.format(Locale.ROOT, "* Wall time: %d min %02d s%n%n", took.toMinutes(), took.toSecondsPart()));
        out.append(table.markdown()).append('\n');
        if (!notes.isEmpty()) {
            out.append("Notes:\n\n");
            notes.forEach(note -> out.append("* ").append(note).append('\n'));
        }
        return out.toString();
    }

    static String machine() {
        return String.format(Locale.ROOT, "%d cores (%s), %s RAM, Java %s (%s), %s %s %s",
                Runtime.getRuntime().availableProcessors(), cpuModel(), memTotal(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"));
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").orElse("unknown CPU");
    }

    private static String memTotal() {
        return procLine("/proc/meminfo", "MemTotal").map(v -> {
            long kb = Long.parseLong(v.replaceAll("[^0-9]", ""));
            return String.format(Locale.ROOT, "%.1f GiB", kb / 1048576.0);
        }).orElse("unknown");
    }

    private static java.util.Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
