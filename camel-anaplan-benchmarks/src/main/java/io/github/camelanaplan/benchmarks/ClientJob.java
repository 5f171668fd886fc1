package io.github.camelanaplan.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

/**
 * Entry point of the client JVM: runs one workload against a simulator started by {@link BenchmarkRunner} in
 * another process, and prints one {@code BENCH-RESULT} line of JSON with its figures, peak heap and peak RSS. A
 * fresh JVM per workload keeps the heap limit real (the simulator's heap is not in it) and the peaks its own.
 */
public final class ClientJob {

    static final String RESULT_PREFIX = "BENCH-RESULT ";

    private ClientJob() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ClientJob <workload> key=value...");
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            params.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode result = json.createObjectNode();
        try (HeapMonitor heap = new HeapMonitor()) {
            Workloads.run(args[0], new JobParams(params), result);
            result.put("peakHeapBytes", heap.peakHeapBytes());
            result.put("peakLiveHeapBytes", heap.peakLiveHeapBytes());
        }
        result.put("maxHeapBytes", HeapMonitor.maxHeapBytes());
        result.put("peakRssBytes", HeapMonitor.peakRssBytes());
        System.out.println(RESULT_PREFIX + json.writeValueAsString(result));
        System.exit(0);
    }

    /** The workload's parameters, all required unless read with a default. */
    record JobParams(Map<String, String> values) {
        String get(String key) {
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("workload parameter '" + key + "' is missing");
            }
            return value;
        }

        String get(String key, String fallback) {
            return values.getOrDefault(key, fallback);
        }

        long getLong(String key) {
            return Long.parseLong(get(key));
        }

        int getInt(String key) {
            return Integer.parseInt(get(key));
        }
    }
}
