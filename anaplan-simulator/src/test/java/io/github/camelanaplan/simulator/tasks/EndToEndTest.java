package io.github.camelanaplan.simulator.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole bulk round trip as a client without any simulator knowledge does it, over plain HTTP: log in,
 * discover ids by name, upload a CSV in three chunks (one gzip-compressed, chunk boundaries mid-row) with an
 * unknown chunk count and /complete, run the import, poll it, fetch the failure dump, run an export and
 * download its chunks.
 */
class EndToEndTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.taskDuration(Duration.ofMillis(50)))
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    @Test
    void uploadImportDumpExportDownload(AnaplanSimulator sim) throws Exception {
        // Log in.
        String basic = Base64.getEncoder().encodeToString("demo@example.com:demo-password"
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> login = client.send(HttpRequest.newBuilder(URI.create(sim.authBaseUrl()
                        + "/token/authenticate")).header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(login.statusCode()).isEqualTo(201);
        token = JSON.readTree(login.body()).path("tokenInfo").path("tokenValue").asText();

        // Discover workspace, model, import and its source file by name.
        String api = sim.apiBaseUrl();
        String workspaceId = idByName(getJson(api + "/workspaces").path("workspaces"), "FP&A Demo");
        String models = api + "/workspaces/" + workspaceId + "/models";
        String model = models + "/" + idByName(getJson(models).path("models"), "Sales Planning");
        JsonNode importDef = byName(getJson(model + "/imports").path("imports"), "Products from products.csv");
        String importId = importDef.path("id").asText();
        String fileId = importDef.path("importDataSourceId").asText();

        // Upload in three chunks with an unknown count; the middle one gzip-compressed; cuts fall mid-row.
        StringBuilder csv = new StringBuilder("Name,Code,Family,Category,Unit Price,Discontinued\n");
        List<String> expectedExport = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String price = i + ".50";
            csv.append("E2E Item ").append(i).append(",E").append(i).append(",SW,Standard,").append(price)
                    .append(i % 2 == 0 ? ",true\n" : ",false\n");
            expectedExport.add("E2E Item " + i + ",E" + i + ",Software,Standard," + i + ".5," + (i % 2 == 0));
            if (i == 17) {
                csv.append("Broken Parent,BP1,Gizmos,Standard,1,false\n");
            }
            if (i == 33) {
                csv.append("Broken Price,BP2,SW,Standard,1.2.3,false\n");
            }
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        int cut1 = content.length / 3 + 7;
        int cut2 = 2 * content.length / 3 + 3;
        JsonNode declared = postJson(model + "/files/" + fileId, "{\"id\":\"" + fileId + "\",\"chunkCount\":-1}");
        assertThat(declared.path("file").path("id").asText()).isEqualTo(fileId);
        putChunk(model + "/files/" + fileId + "/chunks/0", "application/octet-stream",
                Arrays.copyOfRange(content, 0, cut1));
        putChunk(model + "/files/" + fileId + "/chunks/1", "application/x-gzip",
                gzip(Arrays.copyOfRange(content, cut1, cut2)));
        putChunk(model + "/files/" + fileId + "/chunks/2", "application/octet-stream",
                Arrays.copyOfRange(content, cut2, content.length));
        JsonNode completed = postJson(model + "/files/" + fileId + "/complete", "{\"id\":\"" + fileId + "\"}");
        assertThat(completed.path("file").path("chunkCount").asInt()).isEqualTo(3);

        // Import and poll.
        String importTasks = model + "/imports/" + importId + "/tasks";
        String importTask = postJson(importTasks, "{\"localeName\":\"en_US\"}").path("task").path("taskId").asText();
        JsonNode imported = poll(importTasks + "/" + importTask);
        JsonNode importResult = imported.path("result");
        assertThat(importResult.path("successful").asBoolean()).isTrue();
        assertThat(importResult.path("failureDumpAvailable").asBoolean()).isTrue();
        assertThat(importResult.path("details").get(0).path("localMessageText").asText())
                .isEqualTo("Products: 40 (40/0) rows successful, 2 failed ");

        // The failure dump, chunk by chunk.
        String dump = importTasks + "/" + importTask + "/dump";
        StringBuilder dumpText = new StringBuilder();
        for (JsonNode chunk : getJson(dump + "/chunks").path("chunks")) {
            dumpText.append(new String(get(dump + "/chunks/" + chunk.path("id").asText()), StandardCharsets.UTF_8));
        }
        assertThat(dumpText.toString()).isEqualTo(
                "_Status_,Name,Code,Family,Category,Unit Price,Discontinued,_Line_,_Error_1_\n"
                        + "E,Broken Parent,BP1,Gizmos,Standard,1,false,19,Invalid parent: Gizmos\n"
                        + "E,Broken Price,BP2,SW,Standard,1.2.3,false,36,Invalid number: 1.2.3\n");

        // Export and download its chunks.
        String exportId = idByName(getJson(model + "/exports").path("exports"), "Products export");
        String exportTasks = model + "/exports/" + exportId + "/tasks";
        String exportTask = postJson(exportTasks, "{\"localeName\":\"en_US\"}").path("task").path("taskId").asText();
        assertThat(poll(exportTasks + "/" + exportTask).path("result").path("successful").asBoolean()).isTrue();
        int chunkCount = byId(getJson(model + "/files").path("files"), exportId).path("chunkCount").asInt();
        JsonNode chunks = getJson(model + "/files/" + exportId + "/chunks").path("chunks");
        assertThat(chunks.size()).isEqualTo(chunkCount);
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        for (JsonNode chunk : chunks) {
            exported.write(get(model + "/files/" + exportId + "/chunks/" + chunk.path("id").asText()));
        }
        List<String> lines = new String(exported.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Products,Code,Parent,Category,Unit Price,Discontinued");
        assertThat(lines).hasSize(1 + 300 + 40);
        assertThat(lines.subList(lines.size() - 40, lines.size())).containsExactlyElementsOf(expectedExport);
        assertThat(lines).noneMatch(line -> line.startsWith("Broken"));
    }

    private JsonNode poll(String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode task = getJson(url).path("task");
            if (task.path("taskState").asText().equals("COMPLETE")) {
                return task;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("task did not complete: " + url);
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "AnaplanAuthToken " + token);
    }

    private byte[] get(String url) throws Exception {
        HttpResponse<byte[]> response = client.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private JsonNode getJson(String url) throws Exception {
        return JSON.readTree(get(url));
    }

    private JsonNode postJson(String url, String body) throws Exception {
        HttpResponse<byte[]> response = client.send(request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void putChunk(String url, String contentType, byte[] body) throws Exception {
        HttpResponse<byte[]> response = client.send(request(url).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(204);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
            out.write(data);
        }
        return buffer.toByteArray();
    }

    private static JsonNode byName(JsonNode items, String name) {
        for (JsonNode item : items) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no " + name + " in " + items);
    }

    private static JsonNode byId(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + items);
    }

    private static String idByName(JsonNode items, String name) {
        return byName(items, name).path("id").asText();
    }
}
