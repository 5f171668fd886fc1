package io.github.camelanaplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The baselines: what a script calling the Integration API with a bare HttpClient 5 does, one request at a time,
 * with no pipelining, no compression choices and no retries. It is the yardstick the component is measured
 * against, so it is kept as plain as the API allows.
 */
final class BareHttp implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloseableHttpClient http = HttpClients.createDefault();
    private final String modelUrl;
    private String token;

    BareHttp(String apiBaseUrl, String workspaceId, String modelId) {
        this.modelUrl = apiBaseUrl + "/workspaces/" + workspaceId + "/models/" + modelId;
    }

    /** Logs in with basic authentication; not part of any timed section. */
    void login(String authBaseUrl, String user, String password) throws IOException {
        HttpPost post = new HttpPost(authBaseUrl + "/token/authenticate");
        post.setHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        token = json(post).path("tokenInfo").path("tokenValue").asText();
    }

    /**
     * Uploads {@code size} bytes of {@code in} as sequential chunk PUTs of {@code chunkSize} bytes, each gzipped
     * when {@code gzip}; returns the bytes sent on the wire.
     */
    long upload(String fileId, InputStream in, long size, int chunkSize, boolean gzip) throws IOException {
        long chunks = Math.max(1, (size + chunkSize - 1) / chunkSize);
        HttpPost declare = new HttpPost(modelUrl + "/files/" + fileId);
        declare.setEntity(new StringEntity("{\"chunkCount\":" + chunks + "}", ContentType.APPLICATION_JSON));
        json(declare);
        byte[] buffer = new byte[chunkSize];
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(chunkSize / 2);
        long wire = 0;
        for (long chunk = 0; chunk < chunks; chunk++) {
            int length = in.readNBytes(buffer, 0, chunkSize);
            HttpPut put = new HttpPut(modelUrl + "/files/" + fileId + "/chunks/" + chunk);
            if (gzip) {
                compressed.reset();
                try (GZIPOutputStream zip = new GZIPOutputStream(compressed)) {
                    zip.write(buffer, 0, length);
                }
                put.setEntity(new ByteArrayEntity(compressed.toByteArray(), ContentType.create("application/x-gzip")));
                wire += compressed.size();
            } else {
                put.setEntity(new ByteArrayEntity(buffer, 0, length, ContentType.APPLICATION_OCTET_STREAM));
                wire += length;
            }
            execute(put);
        }
        return wire;
    }

    /** Downloads a file's chunks one GET after another, reading and discarding the bytes; returns the count. */
    long download(String fileId) throws IOException {
        JsonNode listing = json(new HttpGet(modelUrl + "/files/" + fileId + "/chunks"));
        List<String> ids = new ArrayList<>();
        listing.path("chunks").forEach(chunk -> ids.add(chunk.path("id").asText()));
        byte[] sink = new byte[64 * 1024];
        long total = 0;
        for (String id : ids) {
            HttpGet get = new HttpGet(modelUrl + "/files/" + fileId + "/chunks/" + id);
            authorize(get);
            total += http.execute(get, response -> {
                check(get, response);
                long n = 0;
                try (InputStream body = response.getEntity().getContent()) {
                    for (int r; (r = body.read(sink)) >= 0; ) {
                        n += r;
                    }
                }
                return n;
            });
        }
        return total;
    }

    /** Starts an import and polls its status every {@code pollMillis} until it is COMPLETE; returns the polls. */
    int runImport(String importId, String body, long pollMillis) throws IOException, InterruptedException {
        HttpPost start = new HttpPost(modelUrl + "/imports/" + importId + "/tasks");
        start.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        String taskId = json(start).path("task").path("taskId").asText();
        int polls = 0;
        while (true) {
            Thread.sleep(pollMillis);
            polls++;
            JsonNode task = json(new HttpGet(modelUrl + "/imports/" + importId + "/tasks/" + taskId)).path("task");
            String state = task.path("taskState").asText();
            if ("COMPLETE".equals(state) || "CANCELLED".equals(state)) {
                if (!task.path("result").path("successful").asBoolean()) {
                    throw new IOException("import task " + taskId + " ended unsuccessfully: " + task);
                }
                return polls;
            }
        }
    }

    private JsonNode json(HttpUriRequestBase request) throws IOException {
        authorize(request);
        return http.execute(request, response -> {
            check(request, response);
            HttpEntity entity = response.getEntity();
            return entity == null ? JSON.createObjectNode() : JSON.readTree(EntityUtils.toByteArray(entity));
        });
    }

    private void execute(HttpUriRequestBase request) throws IOException {
        authorize(request);
        http.execute(request, response -> {
            check(request, response);
            EntityUtils.consume(response.getEntity());
            return null;
        });
    }

    private void authorize(HttpUriRequestBase request) {
        if (token != null && !request.containsHeader("Authorization")) {
            request.setHeader("Authorization", "AnaplanAuthToken " + token);
        }
    }

    private static void check(HttpUriRequestBase request, ClassicHttpResponse response) throws IOException {
        if (response.getCode() >= 300) {
            String body = response.getEntity() == null ? "" : new String(EntityUtils.toByteArray(response.getEntity()), StandardCharsets.UTF_8);
            throw new IOException(request.getMethod() + " " + request.getRequestUri() + " answered "
                    + response.getCode() + ": " + body);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
