package io.github.camelanaplan.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelanaplan.benchmarks.ClientJob.JobParams;
import io.github.camelanaplan.client.error.AnaplanModelBusyException;
import io.github.camelanaplan.client.transactional.ListWriteResult;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The workloads a client JVM can run; each writes its figures into the result object. */
final class Workloads {

    /** Bytes of the warm-up upload before a timed one. */
    private static final long WARM_UP_BYTES = 64L << 20;

    private Workloads() {
    }

    static void run(String name, JobParams p, ObjectNode result) throws Exception {
        switch (name) {
            case "upload" -> upload(p, result);
            case "import" -> importFile(p, result);
            case "download" -> download(p, result);
            case "export" -> export(p, result);
            case "concurrency" -> concurrency(p, result);
            case "list-upsert" -> listUpsert(p, result);
            case "list-read" -> listRead(p, result);
            default -> throw new IllegalArgumentException("unknown workload '" + name + "'; known: upload, import, "
                    + "download, export, concurrency, list-upsert, list-read");
        }
    }

    /** {@code mode}: ours (the component), bare-a (raw sequential PUTs) or bare-b (gzip 1 MiB sequential PUTs). */
    private static void upload(JobParams p, ObjectNode result) throws Exception {
        long size = p.getLong("size");
        String mode = p.get("mode");
        if (mode.equals("ours")) {
            try (ComponentSession session = session(p, transferOptions(p))) {
                warmUp(session, p);
                String uri = "anaplan:upload?" + model(p) + "&file=" + p.get("file");
                if (warmTransfer(p)) {
                    session.send(uri, new RealisticCsv(Math.min(size, WARM_UP_BYTES), 41));
                }
                for (int run = 0; run < repeat(p); run++) {
                    long start = System.nanoTime();
                    Exchange done = session.send(uri, new RealisticCsv(size, 42));
                    fastest(result, seconds(start));
                    result.put("bytes", done.getMessage().getHeader(AnaplanConstants.BYTES_TRANSFERRED, Long.class));
                }
            }
        } else {
            try (BareHttp bare = bare(p)) {
                if (warmTransfer(p)) {
                    long warm = Math.min(size, WARM_UP_BYTES);
                    bare.upload(p.get("file"), new RealisticCsv(warm, 41), warm, p.getInt("chunkSize"),
                            mode.equals("bare-b"));
                }
                for (int run = 0; run < repeat(p); run++) {
                    long start = System.nanoTime();
                    long wire = bare.upload(p.get("file"), new RealisticCsv(size, 42), size, p.getInt("chunkSize"),
                            mode.equals("bare-b"));
                    fastest(result, seconds(start));
                    result.put("bytes", size);
                    result.put("wireBytes", wire);
                }
            }
        }
    }

    /** An upload followed by the import that reads it, waiting for the task to finish. */
    private static void importFile(JobParams p, ObjectNode result) throws Exception {
        long size = p.getLong("size");
        String mode = p.get("mode");
        if (mode.equals("ours")) {
            try (ComponentSession session = session(p, transferOptions(p))) {
                warmUp(session, p);
                long start = System.nanoTime();
                Exchange done = session.send("anaplan:import?" + model(p) + "&action=" + p.get("importId")
                        + "&mappingParameters=Version=Actual", new RealisticCsv(size, 7));
                result.put("seconds", seconds(start));
                result.put("bytes", size);
                result.put("polls", done.getMessage().getHeader(AnaplanConstants.POLL_COUNT, Integer.class));
                result.put("rows", done.getMessage().getHeader(AnaplanConstants.ROWS_SUCCESSFUL, Long.class));
            }
        } else {
            try (BareHttp bare = bare(p)) {
                long start = System.nanoTime();
                bare.upload(p.get("file"), new RealisticCsv(size, 7), size, p.getInt("chunkSize"),
                        mode.equals("bare-b"));
                int polls = bare.runImport(p.get("importId"), "{\"localeName\":\"en_US\",\"mappingParameters\":"
                        + "[{\"entityType\":\"Version\",\"entityName\":\"Actual\"}]}", p.getLong("pollMillis"));
                result.put("seconds", seconds(start));
                result.put("bytes", size);
                result.put("polls", polls);
            }
        }
    }

    /** Reads a file (an export's output) to its end; {@code mode} ours or bare. */
    private static void download(JobParams p, ObjectNode result) throws Exception {
        if (p.get("mode").equals("ours")) {
            try (ComponentSession session = session(p, transferOptions(p))) {
                long[] bytes = new long[1];
                session.context().addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:download").streamCache("false").to("anaplan:download?" + model(p) + "&file=" + p.get("file"))
                                .process(exchange -> bytes[0] = drain(exchange.getMessage().getBody(InputStream.class)));
                    }
                });
                warmUp(session, p);
                if (warmTransfer(p)) {
                    session.send("direct:download", null);
                }
                for (int run = 0; run < repeat(p); run++) {
                    long start = System.nanoTime();
                    session.send("direct:download", null);
                    fastest(result, seconds(start));
                    result.put("bytes", bytes[0]);
                }
            }
        } else {
            try (BareHttp bare = bare(p)) {
                if (warmTransfer(p)) {
                    bare.download(p.get("file"));
                }
                for (int run = 0; run < repeat(p); run++) {
                    long start = System.nanoTime();
                    long bytes = bare.download(p.get("file"));
                    fastest(result, seconds(start));
                    result.put("bytes", bytes);
                }
            }
        }
    }

    /** Runs an export through the component and reads its output, as a route would. */
    private static void export(JobParams p, ObjectNode result) throws Exception {
        try (ComponentSession session = session(p, transferOptions(p))) {
            long[] bytes = new long[1];
            session.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:export").streamCache("false").to("anaplan:export?" + model(p) + "&action=" + p.get("exportId"))
                            .process(exchange -> bytes[0] = drain(exchange.getMessage().getBody(InputStream.class)));
                }
            });
            warmUp(session, p);
            long start = System.nanoTime();
            session.send("direct:export", null);
            result.put("seconds", seconds(start));
            result.put("bytes", bytes[0]);
        }
    }

    /**
     * {@code count} import exchanges at once, spread over the models given, sent from one thread through a route
     * so that only the component's own threads can carry them. Threads are counted from before the Camel context
     * exists, so Camel's, the component's and the client's threads are all included.
     */
    private static void concurrency(JobParams p, ObjectNode result) throws Exception {
        ThreadCensus census = new ThreadCensus();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int before = threads.getThreadCount();
        threads.resetPeakThreadCount();
        String[] models = p.get("models").split(",");
        int count = p.getInt("count");
        try (ComponentSession session = session(p, c -> { })) {
            session.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:import").to("anaplan:import?workspace=" + p.get("workspace")
                            + "&action=RAW(" + p.get("action") + ")");
                }
            });
            session.start();
            AsyncProducer producer = session.context().getEndpoint("direct:import").createAsyncProducer();
            producer.start();
            CountDownLatch done = new CountDownLatch(count);
            AtomicInteger failures = new AtomicInteger();
            AtomicInteger busyFailures = new AtomicInteger();
            List<String> firstErrors = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Exchange exchange = new DefaultExchange(session.context());
                exchange.getMessage().setHeader(AnaplanConstants.MODEL, models[i % models.length]);
                exchange.getMessage().setBody("Name,Code\nItem " + i + ",C" + i + "\n");
                producer.process(exchange, doneSync -> {
                    Exception failure = exchange.getException();
                    if (failure != null) {
                        failures.incrementAndGet();
                        if (causedBy(failure, AnaplanModelBusyException.class)) {
                            busyFailures.incrementAndGet();
                        }
                        synchronized (firstErrors) {
                            if (firstErrors.size() < 3) {
                                firstErrors.add(String.valueOf(failure));
                            }
                        }
                    }
                    done.countDown();
                });
            }
            if (!done.await(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the concurrent imports did not finish within 30 minutes");
            }
            result.put("seconds", seconds(start));
            result.put("exchanges", count);
            result.put("failures", failures.get());
            result.put("busyFailures", busyFailures.get());
            result.put("errors", String.join(" | ", firstErrors));
            producer.stop();
        }
        census.close();
        result.put("threadsBefore", before);
        result.put("threadsPeak", threads.getPeakThreadCount());
        result.put("threadsAdded", threads.getPeakThreadCount() - before);
        result.put("threadPools", census.pools().toString());
    }

    /** An upsert of {@code items} generated CSV rows into a list, streamed from a generator. */
    private static void listUpsert(JobParams p, ObjectNode result) throws Exception {
        int items = p.getInt("items");
        try (ComponentSession session = session(p, c -> { })) {
            warmUp(session, p);
            long start = System.nanoTime();
            Exchange done = session.send("anaplan:list-write?" + model(p) + "&list=" + p.get("list"),
                    new GeneratedItems(items));
            result.put("seconds", seconds(start));
            ListWriteResult written = done.getMessage().getBody(ListWriteResult.class);
            result.put("items", written.total());
            result.put("added", written.added());
            result.put("updated", written.updated());
            result.put("failed", written.failures().size());
        }
    }

    /** A large-volume read of a list as a CSV stream, counting its lines as a route would consume them. */
    private static void listRead(JobParams p, ObjectNode result) throws Exception {
        try (ComponentSession session = session(p, c -> { })) {
            long[] lines = new long[2];
            session.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:read").streamCache("false").to("anaplan:list-read?" + model(p) + "&list=RAW(" + p.get("list") + ")"
                                    + "&largeRead=always&outputFormat=csv")
                            .process(exchange -> countLines(exchange.getMessage().getBody(InputStream.class), lines));
                }
            });
            warmUp(session, p);
            long start = System.nanoTime();
            session.send("direct:read", null);
            result.put("seconds", seconds(start));
            result.put("lines", lines[0]);
            result.put("bytes", lines[1]);
        }
    }

    /**
     * Whether to move data once before the timed transfer, so that the timed one runs on a warm JVM (compiled code,
     * loaded classes, open connections) as in a running application. Used where a transfer takes seconds and JIT
     * warm-up would otherwise weigh on a ratio.
     */
    private static boolean warmTransfer(JobParams p) {
        return Boolean.parseBoolean(p.get("warm", "false"));
    }

    /** Timed runs of a transfer; the fastest counts (noise on a shared machine only ever slows a run down). */
    private static int repeat(JobParams p) {
        return Integer.parseInt(p.get("repeat", "1"));
    }

    private static void fastest(ObjectNode result, double seconds) {
        if (!result.has("seconds") || seconds < result.path("seconds").asDouble()) {
            result.put("seconds", seconds);
        }
        result.put("runs", result.path("runs").asInt() + 1);
    }

    private static ComponentSession session(JobParams p, Consumer<AnaplanConfiguration> options) {
        return new ComponentSession(p.get("api"), p.get("auth"), options);
    }

    /** Logs in and resolves the model before the clock starts, as a running application already would have. */
    private static void warmUp(ComponentSession session, JobParams p) {
        session.start();
        session.send("anaplan:metadata?metadataType=files&" + model(p), null);
    }

    private static Consumer<AnaplanConfiguration> transferOptions(JobParams p) {
        return c -> {
            if (p.values().containsKey("gzip")) {
                c.setCompress(Boolean.parseBoolean(p.get("gzip")));
            }
            if (p.values().containsKey("chunkSize")) {
                c.setChunkSize(p.getInt("chunkSize"));
            }
            if (p.values().containsKey("inFlight")) {
                c.setChunksInFlight(p.getInt("inFlight"));
            }
        };
    }

    private static String model(JobParams p) {
        return "workspace=" + p.get("workspace") + "&model=" + p.get("model");
    }

    private static BareHttp bare(JobParams p) throws IOException {
        BareHttp bare = new BareHttp(p.get("api"), p.get("workspace"), p.get("model"));
        bare.login(p.get("auth"), ComponentSession.USER, ComponentSession.PASSWORD);
        return bare;
    }

    static long drain(InputStream in) {
        byte[] sink = new byte[64 * 1024];
        long total = 0;
        try (in) {
            for (int n; (n = in.read(sink)) >= 0; ) {
                total += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    private static void countLines(InputStream in, long[] linesAndBytes) {
        byte[] sink = new byte[64 * 1024];
        try (in) {
            for (int n; (n = in.read(sink)) >= 0; ) {
                linesAndBytes[1] += n;
                for (int i = 0; i < n; i++) {
                    if (sink[i] == '\n') {
                        linesAndBytes[0]++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** List rows {@code code,name,parent,Unit Price} for the demo Products list, made as they are read. */
    private static final class GeneratedItems extends InputStream {
        private final int rows;
        private int next = -1;
        private byte[] line = new byte[0];
        private int position;

        GeneratedItems(int rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            while (position >= line.length) {
                if (next >= rows) {
                    return -1;
                }
                line = (next < 0 ? "code,name,parent,Unit Price\n"
                        : "B" + String.format("%07d", next) + ",Bench item " + next + ",HW," + (next % 500) + "\n")
                        .getBytes(StandardCharsets.UTF_8);
                position = 0;
                next++;
            }
            return line[position++] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            int n = 0;
            while (n < length) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                target[offset + n++] = (byte) b;
            }
            return n;
        }
    }

    /** Samples live threads every 20 ms and remembers the largest count seen per pool name. */
    private static final class ThreadCensus implements AutoCloseable {
        private final Map<String, Integer> largest = new TreeMap<>();
        private final Thread sampler;
        private volatile boolean running = true;

        ThreadCensus() {
            sampler = new Thread(() -> {
                while (running) {
                    Map<String, Integer> now = new TreeMap<>();
                    Thread.getAllStackTraces().keySet().forEach(t ->
                            now.merge(poolName(t.getName()), 1, Integer::sum));
                    synchronized (largest) {
                        now.forEach((pool, n) -> largest.merge(pool, n, Math::max));
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "thread-census");
            sampler.setDaemon(true);
            sampler.start();
        }

        /** "Camel (camel-1) thread #7 - AnaplanWorker" and "anaplan-transfer-3" count under their pool's name. */
        private static String poolName(String threadName) {
            return threadName.replaceAll("thread #\\d+ - ", "").replaceAll("[-#]?\\d+$", "");
        }

        /** Pools that had at least one thread, with the largest number of threads seen in each. */
        Map<String, Integer> pools() {
            synchronized (largest) {
                return new TreeMap<>(largest);
            }
        }

        @Override
        public void close() {
            running = false;
            sampler.interrupt();
        }
    }
}
