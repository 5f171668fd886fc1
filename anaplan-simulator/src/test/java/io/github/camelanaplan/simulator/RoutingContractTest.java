package io.github.camelanaplan.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.Envelopes;
import io.github.camelanaplan.simulator.http.InterceptorOrder;
import io.github.camelanaplan.simulator.http.RequestInterceptor;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP layer: routing tolerance, error envelopes, paging, headers, interceptors, streaming. */
class RoutingContractTest {

    /** How many requests must be in flight at once; the Integration API sees 200+ parallel chunk transfers. */
    private static final int CONCURRENT = 200;

    /** Released only when {@link #CONCURRENT} requests are being handled at the same time. */
    private static final CountDownLatch GATE = new CountDownLatch(CONCURRENT);

    /** Test routes installed through the public module seam, the way the other modules install theirs. */
    private static final SimulatorModule TEST_ROUTES = context -> {
        context.router().api("GET", "/gate", (req, res) -> {
            GATE.countDown();
            res.json(200, Map.of("allInFlight", GATE.await(30, TimeUnit.SECONDS)));
        });
        context.router().modelScoped("GET", "/echo/{thing}", (req, res) -> res.json(200, Map.of(
                "modelId", req.pathParam("modelId"),
                "workspaceId", String.valueOf(req.pathParam("workspaceId")),
                "thing", req.pathParam("thing"),
                "pages", req.queryAll("pages"),
                "auth", String.valueOf(req.header("authorization")))));
        context.router().api("GET", "/numbers", (req, res) -> res.json(200, Envelopes.collection(req,
                Envelopes.schema(req, "/objects/number"), "numbers",
                IntStream.range(0, 12).boxed().toList())));
        context.router().api("GET", "/things/me", (req, res) -> res.json(200, Map.of("which", "me")));
        context.router().api("GET", "/things/{thingId}", (req, res) -> res.json(200, Map.of("which", "id")));
        context.router().api("GET", "/teapot", (req, res) -> {
            throw new ApiException(418, "I'm a teapot");
        });
        context.router().api("PUT", "/count", (req, res) -> {
            long total = 0;
            byte[] buffer = new byte[65536];
            try (InputStream in = req.body()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    total += read;
                }
            }
            res.json(200, Map.of("bytes", total));
        });
        context.interceptors().add(RequestInterceptor.of(InterceptorOrder.FAULT_INJECTION, (request, response, chain) -> {
            if ("1".equals(request.header("X-Test-Fail"))) {
                throw new ApiException(503, "Service Unavailable");
            }
            chain.proceed(request, response);
        }));
    };

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.module(TEST_ROUTES))
            .build();

    private final TestHttp http = new TestHttp();

    private String[] auth(AnaplanSimulator sim) {
        return http.authHeader(sim, "demo@example.com", "demo-password");
    }

    private static String[] with(String[] headers, String... more) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    @Test
    void modelScopedRoutesAnswerUnderBothPathForms(AnaplanSimulator sim) {
        JsonNode direct = TestHttp.json(http.get(sim.apiBaseUrl() + "/models/M1/echo/x", auth(sim)));
        JsonNode nested = TestHttp.json(http.get(sim.apiBaseUrl() + "/workspaces/w1/models/M1/echo/x", auth(sim)));

        assertThat(direct.get("modelId").asText()).isEqualTo("M1");
        assertThat(direct.get("workspaceId").asText()).isEqualTo("null");
        assertThat(nested.get("workspaceId").asText()).isEqualTo("w1");
        assertThat(nested.get("thing").asText()).isEqualTo("x");
    }

    @Test
    void doubledAndTrailingSlashesAreTolerated(AnaplanSimulator sim) {
        HttpResponse<byte[]> doubled = http.get(sim.baseUrl() + "//2/0/models/M1/echo/x", auth(sim));
        HttpResponse<byte[]> trailing = http.get(sim.apiBaseUrl() + "/models/M1/echo/x/", auth(sim));

        assertThat(doubled.statusCode()).isEqualTo(200);
        assertThat(trailing.statusCode()).isEqualTo(200);
    }

    @Test
    void percentEncodedSegmentsAreDecoded(AnaplanSimulator sim) {
        JsonNode body = TestHttp.json(http.get(sim.apiBaseUrl() + "/models/M1/echo/sales%20data.csv", auth(sim)));

        assertThat(body.get("thing").asText()).isEqualTo("sales data.csv");
    }

    @Test
    void unknownRouteIsA404WithTheGenericEnvelope(AnaplanSimulator sim) {
        HttpResponse<byte[]> response = http.get(sim.apiBaseUrl() + "/nothing/here", auth(sim));
        JsonNode body = TestHttp.json(response);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body.get("status").get("code").asInt()).isEqualTo(404);
        assertThat(body.get("status").get("message").asText()).isEqualTo("Not Found");
        assertThat(body.get("path").asText()).isEqualTo("/2/0/nothing/here");
        assertThat(body.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z");
    }

    @Test
    void wrongMethodOnAKnownPathIsA405(AnaplanSimulator sim) {
        HttpResponse<byte[]> response = http.send(TestHttp.request(sim.apiBaseUrl() + "/numbers", auth(sim))
                .DELETE().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(TestHttp.json(response).get("status").get("message").asText()).isEqualTo("Method Not Allowed");
    }

    @Test
    void apiExceptionsKeepTheirStatusAndMessage(AnaplanSimulator sim) {
        HttpResponse<byte[]> response = http.get(sim.apiBaseUrl() + "/teapot", auth(sim));

        assertThat(response.statusCode()).isEqualTo(418);
        assertThat(TestHttp.json(response).get("status").get("message").asText()).isEqualTo("I'm a teapot");
    }

    @Test
    void literalSegmentsWinOverParameters(AnaplanSimulator sim) {
        assertThat(TestHttp.json(http.get(sim.apiBaseUrl() + "/things/me", auth(sim))).get("which").asText()).isEqualTo("me");
        assertThat(TestHttp.json(http.get(sim.apiBaseUrl() + "/things/abc", auth(sim))).get("which").asText()).isEqualTo("id");
    }

    @Test
    void headersAreCaseInsensitiveAndRepeatedQueryParametersKept(AnaplanSimulator sim) {
        String token = http.login(sim, "demo@example.com", "demo-password");
        JsonNode body = TestHttp.json(http.get(sim.apiBaseUrl() + "/models/M1/echo/x?pages=a:1&pages=b:2",
                "AUTHORIZATION", "AnaplanAuthToken " + token));

        assertThat(body.get("auth").asText()).isEqualTo("AnaplanAuthToken " + token);
        assertThat(body.get("pages")).extracting(JsonNode::asText).containsExactly("a:1", "b:2");
    }

    @Test
    void collectionsArePagedWithOffsetAndLimit(AnaplanSimulator sim) {
        JsonNode first = TestHttp.json(http.get(sim.apiBaseUrl() + "/numbers?limit=5", auth(sim)));
        JsonNode last = TestHttp.json(http.get(sim.apiBaseUrl() + "/numbers?limit=5&offset=10", auth(sim)));
        JsonNode all = TestHttp.json(http.get(sim.apiBaseUrl() + "/numbers", auth(sim)));

        JsonNode paging = first.get("meta").get("paging");
        assertThat(paging.get("currentPageSize").asInt()).isEqualTo(5);
        assertThat(paging.get("totalSize").asInt()).isEqualTo(12);
        assertThat(paging.get("offset").asInt()).isZero();
        assertThat(paging.get("next").asText()).endsWith("/2/0/numbers?limit=5&offset=5");
        assertThat(paging.has("previous")).isFalse();
        assertThat(first.get("status").get("code").asInt()).isEqualTo(200);
        assertThat(first.get("status").get("message").asText()).isEqualTo("Success");
        assertThat(first.get("meta").get("schema").asText()).endsWith("/2/0/objects/number");

        assertThat(last.get("numbers")).extracting(JsonNode::asInt).containsExactly(10, 11);
        assertThat(last.get("meta").get("paging").has("next")).isFalse();
        assertThat(last.get("meta").get("paging").get("previous").asText()).endsWith("limit=5&offset=5");
        assertThat(all.get("numbers")).hasSize(12);
    }

    @Test
    void invalidLimitIsA400(AnaplanSimulator sim) {
        assertThat(http.get(sim.apiBaseUrl() + "/numbers?limit=zero", auth(sim)).statusCode()).isEqualTo(400);
    }

    @Test
    void interceptorsCanAnswerInsteadOfTheRoute(AnaplanSimulator sim) {
        HttpResponse<byte[]> response = http.get(sim.apiBaseUrl() + "/numbers", with(auth(sim), "X-Test-Fail", "1"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(TestHttp.json(response).get("status").get("code").asInt()).isEqualTo(503);
    }

    @Test
    void requestBodiesStream(AnaplanSimulator sim) {
        byte[] body = new byte[20 * 1024 * 1024];
        HttpResponse<byte[]> response = http.send(TestHttp.request(sim.apiBaseUrl() + "/count", auth(sim))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertThat(TestHttp.json(response).get("bytes").asLong()).isEqualTo(body.length);
    }

    @Test
    void handlesTwoHundredConcurrentRequests(AnaplanSimulator sim) throws Exception {
        String[] auth = auth(sim);
        List<CompletableFuture<HttpResponse<byte[]>>> inFlight = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            inFlight.add(http.client().sendAsync(TestHttp.request(sim.apiBaseUrl() + "/gate", auth).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        for (CompletableFuture<HttpResponse<byte[]>> response : inFlight) {
            assertThat(TestHttp.json(response.get()).get("allInFlight").asBoolean()).isTrue();
        }
    }
}
