package io.github.camelanaplan.simulator.transactional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Large-volume read requests of lists and views: lifecycle, pages while in progress, gzip, delete, expiry. */
class ReadRequestContractTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    @AfterEach
    void resetLimits(AnaplanSimulator sim) {
        sim.service(TransactionalSettings.class).orElseThrow().reset();
    }

    private static void limits(AnaplanSimulator sim, int pageRows, Duration pageDelay) {
        sim.service(TransactionalSettings.class).orElseThrow()
                .update(l -> l.withReadRequestPageRows(pageRows).withReadRequestPageDelay(pageDelay));
    }

    private static JsonNode poll(Calls calls, String url, String key, Predicate<JsonNode> until) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonNode state = calls.getOk(url).get(key);
            if (until.test(state)) {
                return state;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("read request did not reach the expected state: " + state);
            }
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(Calls.text(response)).isEqualTo(200);
        return Calls.text(response).lines().toList();
    }

    @Test
    void listRequestServesPagesWhileInProgressThenCompletes(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        limits(sim, 100, Duration.ofMillis(500));
        String products = demo.listId("Products");

        JsonNode created = Calls.ok(demo.post(demo.nested("/lists/" + products + "/readRequests"), null));

        assertThat(created.get("meta").get("schema").asText()).endsWith("/objects/listReadRequest");
        JsonNode request = created.get("listReadRequest");
        assertThat(ListReadContractTest.fieldNames(request)).containsExactly("requestId", "requestState", "url");
        String id = request.get("requestId").asText();
        assertThat(id).matches("[0-9A-F]{32}");
        assertThat(request.get("requestState").asText()).isIn("NOT_STARTED", "IN_PROGRESS");
        String url = demo.nested("/lists/" + products + "/readRequests/" + id);
        assertThat(request.get("url").asText()).isEqualTo(url);

        JsonNode inProgress = poll(demo, url, "listReadRequest", s -> s.get("availablePages").asInt() >= 1);
        assertThat(ListReadContractTest.fieldNames(inProgress)).containsExactly("requestId", "listId",
                "requestState", "url", "availablePages", "successful");
        assertThat(inProgress.get("requestState").asText()).isEqualTo("IN_PROGRESS");
        assertThat(inProgress.get("successful").asBoolean()).isFalse();
        assertThat(inProgress.get("listId").isNumber()).isTrue();
        assertThat(inProgress.get("listId").asText()).isEqualTo(products);
        List<String> page0 = lines(demo.get(url + "/pages/0", "Accept", "text/csv"));
        assertThat(page0.get(0)).isEqualTo("id,name,code,parent,parentId,listId,listName,Category,Unit Price,"
                + "Discontinued");
        assertThat(page0).hasSize(101);
        assertThat(page0.get(1)).contains(",Product 001,P001,Hardware,");
        assertThat(demo.get(url + "/pages/2").statusCode()).isEqualTo(404);

        JsonNode complete = poll(demo, url, "listReadRequest", s -> s.get("requestState").asText().equals("COMPLETE"));
        assertThat(complete.get("availablePages").asInt()).isEqualTo(3);
        assertThat(complete.get("successful").asBoolean()).isTrue();
        List<String> page2 = lines(demo.get(url + "/pages/2", "Accept", "text/csv"));
        assertThat(page2.get(0)).startsWith("id,name,");
        assertThat(page2.get(100)).contains(",Product 300,P300,");
        assertThat(demo.get(url + "/pages/3").statusCode()).isEqualTo(404);

        JsonNode deleted = Calls.ok(demo.delete(url)).get("listReadRequest");
        assertThat(deleted.get("requestState").asText()).isEqualTo("COMPLETE");
        assertThat(deleted.get("successful").asBoolean()).isTrue();
        assertThat(demo.get(url + "/pages/0").statusCode()).isEqualTo(404);
        assertThat(demo.getOk(url).get("listReadRequest").get("availablePages").asInt()).isZero();
    }

    @Test
    void pagesAreFilesUnderTheDataDirectoryAndDeleteMidFlightCancels(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        limits(sim, 50, Duration.ofMillis(300));
        String base = demo.direct("/lists/" + demo.listId("Products") + "/readRequests");
        String id = Calls.ok(demo.post(base, null)).get("listReadRequest").get("requestId").asText();
        Path directory = sim.dataDirectory().resolve("read-requests").resolve(id);
        poll(demo, base + "/" + id, "listReadRequest", s -> s.get("availablePages").asInt() >= 1);
        assertThat(directory.resolve("page-000000.csv")).exists();

        JsonNode deleted = Calls.ok(demo.delete(base + "/" + id)).get("listReadRequest");

        assertThat(deleted.get("requestState").asText()).isEqualTo("CANCELLED");
        assertThat(deleted.get("successful").asBoolean()).isFalse();
        sleep(700);
        JsonNode later = demo.getOk(base + "/" + id).get("listReadRequest");
        assertThat(later.get("requestState").asText()).isEqualTo("CANCELLED");
        assertThat(later.get("availablePages").asInt()).isZero();
        assertThat(directory).doesNotExist();
    }

    @Test
    void pagesComeGzippedWhenAsked(AnaplanSimulator sim) throws IOException {
        Calls demo = Calls.demo(sim);
        limits(sim, 1000, Duration.ZERO);
        String base = demo.nested("/lists/" + demo.listId("Regions") + "/readRequests");
        String url = base + "/" + Calls.ok(demo.post(base, "{}")).get("listReadRequest").get("requestId").asText();
        poll(demo, url, "listReadRequest", s -> s.get("requestState").asText().equals("COMPLETE"));

        HttpResponse<byte[]> plain = demo.get(url + "/pages/0", "Accept", "text/csv");
        HttpResponse<byte[]> gzip = demo.get(url + "/pages/0", "Accept", "text/csv", "Accept-Encoding", "gzip");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Calls.text(plain));
        }
        assertThat(Calls.text(plain).lines().count()).isEqualTo(9);
    }

    @Test
    void viewRequestsInEveryLayout(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        limits(sim, 20_000, Duration.ZERO);
        String saved = demo.nested("/views/" + demo.viewId("Sales.Revenue by Region") + "/readRequests");
        String module = demo.nested("/views/" + demo.moduleId("Sales") + "/readRequests");

        JsonNode created = Calls.ok(demo.post(saved, "{\"exportType\":\"TABULAR_MULTI_COLUMN\"}"));
        String multi = saved + "/" + created.get("viewReadRequest").get("requestId").asText();
        JsonNode done = poll(demo, multi, "viewReadRequest", s -> s.get("requestState").asText().equals("COMPLETE"));

        assertThat(created.get("meta").get("schema").asText()).endsWith("/objects/viewReadRequest");
        assertThat(ListReadContractTest.fieldNames(done)).containsExactly("requestId", "viewId", "requestState",
                "url", "availablePages", "successful");
        assertThat(done.get("viewId").isNumber()).isTrue();
        assertThat(done.get("availablePages").asInt()).isEqualTo(3);
        List<String> first = lines(demo.get(multi + "/pages/0"));
        assertThat(first.get(0)).isEqualTo("Products,Regions,Time,Versions,Revenue");
        assertThat(first.get(1)).isEqualTo("Product 001,North America,Jan 26,Actual,47.5");
        assertThat(first).hasSize(20_001);
        assertThat(lines(demo.get(multi + "/pages/2"))).hasSize(1 + 57_600 - 40_000);

        String grid = module + "/" + Calls.ok(demo.post(module, "{\"exportType\":\"GRID_ALL_PAGES\"}"))
                .get("viewReadRequest").get("requestId").asText();
        poll(demo, grid, "viewReadRequest", s -> s.get("requestState").asText().equals("COMPLETE"));
        List<String> gridLines = lines(demo.get(grid + "/pages/0"));
        assertThat(gridLines.get(0)).isEqualTo("Regions,Versions,Products,Line Items,Jan 26,Feb 26,Mar 26,Apr 26,"
                + "May 26,Jun 26,Jul 26,Aug 26,Sep 26,Oct 26,Nov 26,Dec 26");
        assertThat(gridLines.get(1)).startsWith("North America,Actual,Product 001,Units,5,8,11,");
        assertThat(gridLines).hasSize(1 + 8 * 2 * 300 * 4);

        String single = saved + "/" + Calls.ok(demo.post(saved, "{\"exportType\":\"TABULAR_SINGLE_COLUMN\"}"))
                .get("viewReadRequest").get("requestId").asText();
        poll(demo, single, "viewReadRequest", s -> s.get("requestState").asText().equals("COMPLETE"));
        List<String> singleLines = lines(demo.get(single + "/pages/0"));
        assertThat(singleLines.get(0)).isEqualTo("Products,Regions,Time,Versions,Line Items,Value");
        assertThat(singleLines.get(1)).isEqualTo("Product 001,North America,Jan 26,Actual,Revenue,47.5");

        String defaulted = saved + "/" + Calls.ok(demo.post(saved, null)).get("viewReadRequest").get("requestId")
                .asText();
        poll(demo, defaulted, "viewReadRequest", s -> s.get("requestState").asText().equals("COMPLETE"));
        assertThat(lines(demo.get(defaulted + "/pages/0")).get(0)).isEqualTo("Products,Regions,Time,Versions,Revenue");
        assertThat(demo.post(saved, "{\"exportType\":\"PIVOT\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void workspaceAdministratorsOnly(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        Calls viewer = Calls.viewer(sim);
        String lists = demo.nested("/lists/" + demo.listId("Regions") + "/readRequests");
        String views = demo.nested("/views/" + demo.moduleId("Sales") + "/readRequests");
        String id = Calls.ok(demo.post(lists, null)).get("listReadRequest").get("requestId").asText();

        Calls.error(viewer.post(lists, null), 403, "Forbidden");
        Calls.error(viewer.post(views, "{\"exportType\":\"TABULAR_MULTI_COLUMN\"}"), 403, "Forbidden");
        Calls.error(viewer.get(lists + "/" + id), 403, "Forbidden");
        Calls.error(viewer.get(lists + "/" + id + "/pages/0"), 403, "Forbidden");
        Calls.error(viewer.delete(lists + "/" + id), 403, "Forbidden");
        Calls.error(Calls.outsider(sim).post(lists, null), 404, "Not Found");
        Calls.error(demo.get(lists + "/0123456789ABCDEF0123456789ABCDEF"), 404, "Not Found");
        Calls.error(demo.get(demo.nested("/lists/" + demo.listId("Products") + "/readRequests/" + id)), 404,
                "Not Found");
        Calls.error(demo.get(views + "/" + id), 404, "Not Found");
    }

    @Test
    void idleRequestsExpire(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        limits(sim, 1000, Duration.ZERO);
        sim.service(TransactionalSettings.class).orElseThrow()
                .update(l -> l.withReadRequestIdleExpiry(Duration.ofMillis(300)));
        String base = demo.nested("/lists/" + demo.listId("Regions") + "/readRequests");
        String id = Calls.ok(demo.post(base, null)).get("listReadRequest").get("requestId").asText();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (demo.get(base + "/" + id).statusCode() == 200 && System.nanoTime() < deadline) {
            sleep(50);
        }

        Calls.error(demo.get(base + "/" + id), 404, "Not Found");
        assertThat(sim.dataDirectory().resolve("read-requests").resolve(id)).doesNotExist();
    }

    @Test
    void generatedListsReadInLargePages(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        limits(sim, 100_000, Duration.ZERO);
        String list = sim.service(GeneratedLists.class).orElseThrow().create(demo.model(), "Big", 250_000).id();
        String base = demo.direct("/lists/" + list + "/readRequests");
        String url = base + "/" + Calls.ok(demo.post(base, null)).get("listReadRequest").get("requestId").asText();

        JsonNode done = poll(demo, url, "listReadRequest", s -> s.get("requestState").asText().equals("COMPLETE"));
        HttpResponse<byte[]> last = demo.get(url + "/pages/2");

        assertThat(done.get("availablePages").asInt()).isEqualTo(3);
        List<String> lines = lines(last);
        assertThat(lines).hasSize(50_001);
        assertThat(lines.get(50_000)).contains(",Item 0250000,I0250000,");
        try {
            assertThat(Files.size(sim.dataDirectory().resolve("read-requests").resolve(
                    url.substring(url.lastIndexOf('/') + 1)).resolve("page-000000.csv"))).isPositive();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
