package io.github.camelanaplan.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.ChunkedOutputStream;
import io.github.camelanaplan.simulator.state.Model;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Uploads and downloads through the files and chunks endpoints. */
class FilesContractTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.user("second@example.com:second-password"))
            .build();

    private static final TestHttp HTTP = new TestHttp();
    private static final String PRODUCTS_FILE = "113000000001";
    private static final String SALES_FILE = "113000000002";
    private static AnaplanSimulator sim;
    private static Model model;
    private static String base;

    @BeforeAll
    static void setUp(AnaplanSimulator simulator) {
        sim = simulator;
        model = sim.tenant().models().byName("Sales Planning").orElseThrow();
        base = sim.apiBaseUrl() + "/workspaces/" + model.workspaceId() + "/models/" + model.id() + "/files/";
    }

    private static String[] demo() {
        return HTTP.authHeader(sim, "demo@example.com", "demo-password");
    }

    private static String[] second() {
        return HTTP.authHeader(sim, "second@example.com", "second-password");
    }

    private static HttpResponse<byte[]> put(String url, String contentType, byte[] body, String... auth) {
        return HTTP.send(TestHttp.request(url, auth).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(data);
        }
        return buffer.toByteArray();
    }

    private static List<String> chunkIds(String fileId, String... auth) {
        JsonNode body = TestHttp.json(HTTP.get(base + fileId + "/chunks", auth));
        List<String> ids = new ArrayList<>();
        body.path("chunks").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    @Test
    void declaringNChunksListsPlaceholdersThenParallelGzipChunksInAnyOrderAssemble() throws Exception {
        HttpResponse<byte[]> declare = HTTP.postJson(base + SALES_FILE,
                "{\"id\":\"" + SALES_FILE + "\",\"chunkCount\":8}", demo());
        JsonNode file = TestHttp.json(declare).get("file");
        assertThat(declare.statusCode()).isEqualTo(200);
        assertThat(file.get("id").asText()).isEqualTo(SALES_FILE);
        assertThat(file.get("chunkCount").asInt()).isEqualTo(8);

        JsonNode chunks = TestHttp.json(HTTP.get(base + SALES_FILE + "/chunks", demo()));
        assertThat(chunks.get("chunks").get(3).get("id").asText()).isEqualTo("3");
        assertThat(chunks.get("chunks").get(3).get("name").asText()).isEqualTo("Chunk 3");
        assertThat(chunks.get("meta").get("paging").get("totalSize").asInt()).isEqualTo(8);

        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            parts.add(("part-" + i + ";").repeat(10_000).getBytes(StandardCharsets.UTF_8));
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, 8).boxed().toList());
        Collections.reverse(order);
        List<CompletableFuture<Integer>> uploads = new ArrayList<>();
        for (int i : order) {
            byte[] compressed = gzip(parts.get(i));
            uploads.add(CompletableFuture.supplyAsync(() -> put(base + SALES_FILE + "/chunks/" + i,
                    "application/x-gzip", compressed, demo()).statusCode()));
        }
        for (CompletableFuture<Integer> upload : uploads) {
            assertThat(upload.get()).isEqualTo(204);
        }

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            expected.write(part);
        }
        HttpResponse<byte[]> whole = HTTP.get(base + SALES_FILE, demo());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(whole.body()).isEqualTo(expected.toByteArray());
        assertThat(HTTP.get(base + SALES_FILE + "/chunks/5", demo()).body()).isEqualTo(parts.get(5));

        try (InputStream in = sim.files().openCompleted(model.id(), SALES_FILE,
                sim.tenant().userByEmail("demo@example.com").orElseThrow().id()).orElseThrow().stream()) {
            assertThat(in.readAllBytes()).isEqualTo(expected.toByteArray());
        }
        String[] viewer = HTTP.authHeader(sim, "viewer@example.com", "viewer-password");
        assertThat(HTTP.get(base + SALES_FILE, viewer).body())
                .asString(StandardCharsets.UTF_8).startsWith("Product,Region,Month");
    }

    @Test
    void unknownCountUploadIsFixedByComplete() {
        String[] auth = second();
        JsonNode declared = TestHttp.json(HTTP.postJson(base + PRODUCTS_FILE + "/",
                "{\"id\":\"" + PRODUCTS_FILE + "\",\"chunkCount\":-1}", auth)).get("file");
        assertThat(declared.get("chunkCount").asInt()).isEqualTo(-1);

        assertThat(put(base + PRODUCTS_FILE + "/chunks/0", "application/octet-stream", "a,".getBytes(), auth)
                .statusCode()).isEqualTo(204);
        assertThat(put(base + PRODUCTS_FILE + "/chunks/1", "application/octet-stream", "b".getBytes(), auth)
                .statusCode()).isEqualTo(204);
        HttpResponse<byte[]> noBody = HTTP.send(TestHttp.request(base + PRODUCTS_FILE + "/complete", auth)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(noBody.statusCode()).isEqualTo(500);

        HttpResponse<byte[]> complete = HTTP.postJson(base + PRODUCTS_FILE + "/complete",
                "{\"id\":\"" + PRODUCTS_FILE + "\",\"chunkCount\":-1}", auth);
        assertThat(complete.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(complete).get("file").get("chunkCount").asInt()).isEqualTo(2);
        assertThat(new String(HTTP.get(base + PRODUCTS_FILE, auth).body(), StandardCharsets.UTF_8)).isEqualTo("a,b");
        assertThat(chunkIds(PRODUCTS_FILE, auth)).containsExactly("0", "1");
    }

    @Test
    void singleShotUploadAndDelete() {
        String[] auth = second();
        HttpResponse<byte[]> upload = put(base + SALES_FILE, "application/octet-stream", "x,y\n1,2\n".getBytes(), auth);
        assertThat(upload.statusCode()).isEqualTo(204);
        assertThat(upload.body()).isEmpty();
        assertThat(upload.headers().firstValue("Content-Type")).isEmpty();
        assertThat(new String(HTTP.get(base + SALES_FILE, auth).body(), StandardCharsets.UTF_8)).isEqualTo("x,y\n1,2\n");

        assertThat(put(base + SALES_FILE, "application/x-gzip", new byte[] {1}, auth).statusCode()).isEqualTo(400);

        HttpResponse<byte[]> delete = HTTP.send(TestHttp.request(base + SALES_FILE, auth).DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(HTTP.get(base + SALES_FILE, auth).statusCode()).isEqualTo(404);
        assertThat(HTTP.get(base + SALES_FILE + "/chunks/0", auth).statusCode()).isEqualTo(404);
    }

    @Test
    void badChunkIdsAndOversizedChunksAre400() throws Exception {
        String[] auth = demo();
        HTTP.postJson(base + PRODUCTS_FILE, "{\"chunkCount\":1}", auth);

        HttpResponse<byte[]> tooHigh = put(base + PRODUCTS_FILE + "/chunks/1000", "application/octet-stream",
                new byte[1], auth);
        HttpResponse<byte[]> notNumber = put(base + PRODUCTS_FILE + "/chunks/abc", "application/octet-stream",
                new byte[1], auth);
        assertThat(tooHigh.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(tooHigh).get("status").get("message").asText()).contains("chunk id");
        assertThat(notNumber.statusCode()).isEqualTo(400);

        byte[] bomb = gzip(new byte[50 * 1024 * 1024 + 1]);
        HttpResponse<byte[]> oversized = put(base + PRODUCTS_FILE + "/chunks/0", "application/x-gzip", bomb, auth);
        assertThat(oversized.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(oversized).get("status").get("message").asText()).contains("50 MB");

        HttpResponse<byte[]> corrupt = put(base + PRODUCTS_FILE + "/chunks/0", "application/x-gzip",
                "not gzip".getBytes(), auth);
        assertThat(corrupt.statusCode()).isEqualTo(400);
    }

    @Test
    void postingToAnUnknownFileCreatesAPrivateFile() {
        HttpResponse<byte[]> created = HTTP.postJson(base + "my%20data.csv",
                "{\"chunkCount\":-1,\"separator\":\";\",\"encoding\":\"UTF-8\"}", demo());
        JsonNode file = TestHttp.json(created).get("file");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(file.get("name").asText()).isEqualTo("my data.csv");
        assertThat(file.get("id").asText()).startsWith("113").isNotEqualTo("my data.csv");
        assertThat(file.get("separator").asText()).isEqualTo(";");

        String newId = file.get("id").asText();
        JsonNode mine = TestHttp.json(HTTP.get(base.substring(0, base.length() - 1), demo())).get("files");
        JsonNode theirs = TestHttp.json(HTTP.get(base.substring(0, base.length() - 1), second())).get("files");
        assertThat(mine.findValuesAsText("id")).contains(newId);
        assertThat(theirs.findValuesAsText("id")).doesNotContain(newId);
        assertThat(HTTP.get(base + newId + "/chunks", second()).statusCode()).isEqualTo(404);
    }

    @Test
    void unknownFilesAndChunksAre404() {
        assertThat(HTTP.get(base + "113999999999", demo()).statusCode()).isEqualTo(404);
        assertThat(HTTP.get(base + "113999999999/chunks", demo()).statusCode()).isEqualTo(404);
        assertThat(HTTP.get(base + PRODUCTS_FILE + "/chunks/7", second()).statusCode()).isEqualTo(404);
        JsonNode noChunks = TestHttp.json(HTTP.get(base + "116000000003/chunks", second()));
        assertThat(noChunks.has("chunks")).isFalse();
        assertThat(noChunks.get("meta").get("paging").get("totalSize").asInt()).isZero();
    }

    @Test
    void exportOutputWrittenThroughTheFileStoreIsListedAndDownloadable() throws Exception {
        String userId = sim.tenant().userByEmail("demo@example.com").orElseThrow().id();
        byte[] csv = "Products,Code\n".concat("Product 001,P001\n".repeat(500_000)).getBytes(StandardCharsets.UTF_8);
        try (ChunkedOutputStream out = sim.files().openOutput(model.id(), "116000000001", userId)) {
            out.write(csv);
        }

        JsonNode files = TestHttp.json(HTTP.get(base.substring(0, base.length() - 1) + "?sort=%2Bid&limit=5000",
                demo())).get("files");
        JsonNode exportFile = null;
        for (JsonNode file : files) {
            if (file.get("id").asText().equals("116000000001")) {
                exportFile = file;
            }
        }
        int expectedChunks = (csv.length + io.github.camelanaplan.simulator.state.FileStore.EXPORT_CHUNK_BYTES - 1)
                / io.github.camelanaplan.simulator.state.FileStore.EXPORT_CHUNK_BYTES;
        assertThat(exportFile).isNotNull();
        assertThat(exportFile.get("chunkCount").asInt()).isEqualTo(expectedChunks).isGreaterThan(1);
        assertThat(chunkIds("116000000001", demo())).hasSize(expectedChunks);

        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < expectedChunks; i++) {
            joined.write(HTTP.get(base + "116000000001/chunks/" + i, demo()).body());
        }
        assertThat(joined.toByteArray()).isEqualTo(csv);
        assertThat(HTTP.get(base + "116000000001", second()).statusCode()).isEqualTo(404);
    }
}
