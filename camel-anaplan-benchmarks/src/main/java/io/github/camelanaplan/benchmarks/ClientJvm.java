package io.github.camelanaplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts {@link ClientJob} in a fresh JVM with the client heap limit and the runner's class path, passes its
 * output through, and returns its result line.
 */
final class ClientJvm {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String heap;
    private final List<String> extraArguments;

    /**
     * @param heap           -Xmx of every client JVM
     * @param extraArguments further JVM arguments, e.g. a GC log or another collector
     */
    ClientJvm(String heap, List<String> extraArguments) {
        this.heap = heap;
        this.extraArguments = List.copyOf(extraArguments);
    }

    JsonNode run(String workload, Map<String, Object> params) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.addAll(extraArguments);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ClientJob.class.getName());
        command.add(workload);
        params.forEach((key, value) -> command.add(key + "=" + value));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        JsonNode result = null;
        boolean outOfMemory = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(ClientJob.RESULT_PREFIX)) {
                    result = JSON.readTree(line.substring(ClientJob.RESULT_PREFIX.length()));
                } else {
                    outOfMemory |= line.contains("OutOfMemoryError");
                    System.out.println("    [" + workload + "] " + line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("client workload " + workload + " " + params.getOrDefault("mode", "")
                    + (outOfMemory ? " ran out of heap with -Xmx" + heap : " failed") + " (exit code " + exit
                    + "); see its output above");
        }
        return result;
    }
}
