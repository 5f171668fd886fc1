package io.github.camelanaplan.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.ActivityState;
import io.github.camelanaplan.simulator.state.Model;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Discovery endpoints: envelopes, payload keys and item fields as the fact sheet lists them. */
class MetadataContractTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    private static final TestHttp HTTP = new TestHttp();
    private static String workspaceId;
    private static String modelId;
    private static AnaplanSimulator sim;

    @BeforeAll
    static void ids(AnaplanSimulator simulator) {
        sim = simulator;
        Model model = sim.tenant().models().byName("Sales Planning").orElseThrow();
        modelId = model.id();
        workspaceId = model.workspaceId();
    }

    private static HttpResponse<byte[]> get(String path) {
        return HTTP.get(sim.apiBaseUrl() + path, HTTP.authHeader(sim, "demo@example.com", "demo-password"));
    }

    private static JsonNode ok(String path) {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        JsonNode body = TestHttp.json(response);
        if (body.has("status")) {
            assertThat(body.get("status").get("code").asInt()).isEqualTo(200);
            assertThat(body.get("status").get("message").asText()).isEqualTo("Success");
        }
        return body;
    }

    /** Model-scoped resources answer identically under both path forms. */
    private static JsonNode both(String suffix) {
        JsonNode direct = ok("/models/" + modelId + suffix);
        JsonNode nested = ok("/workspaces/" + workspaceId + "/models/" + modelId + suffix);
        assertThat(withoutMeta(nested)).as(suffix).isEqualTo(withoutMeta(direct));
        return direct;
    }

    private static JsonNode withoutMeta(JsonNode body) {
        JsonNode copy = body.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("meta");
        return copy;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.get("name").asText()));
        return names;
    }

    @Test
    void usersMe() {
        JsonNode user = ok("/users/me").get("user");

        assertThat(user.get("id").asText()).matches("[0-9a-f]{32}");
        assertThat(user.get("email").asText()).isEqualTo("demo@example.com");
        assertThat(user.get("firstName").asText()).isEqualTo("Demo");
        assertThat(user.get("lastName").asText()).isEqualTo("Planner");
        assertThat(user.get("active").asBoolean()).isTrue();
        assertThat(user.has("emailOptIn")).isTrue();
        assertThat(user.get("customerId").asText()).matches("[0-9a-f]{32}");
        assertThat(user.get("lastLoginDate").asText()).isNotBlank();
    }

    @Test
    void usersAreListedAndSortable() {
        JsonNode body = ok("/users?sort=-email");
        assertThat(body.get("meta").get("paging").get("totalSize").asInt()).isEqualTo(3);
        assertThat(body.get("users").get(0).get("email").asText()).isEqualTo("viewer@example.com");

        String id = body.get("users").get(0).get("id").asText();
        assertThat(ok("/users/" + id).get("user").get("email").asText()).isEqualTo("viewer@example.com");
        assertThat(get("/users/00000000000000000000000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void workspacesWithTenantDetails() {
        JsonNode plain = ok("/workspaces").get("workspaces").get(0);
        JsonNode detailed = ok("/workspaces?tenantDetails=true").get("workspaces").get(0);

        assertThat(plain.get("id").asText()).isEqualTo(workspaceId);
        assertThat(plain.get("name").asText()).isEqualTo("FP&A Demo");
        assertThat(plain.get("active").asBoolean()).isTrue();
        assertThat(plain.has("sizeAllowance")).isFalse();
        assertThat(detailed.get("sizeAllowance").asLong()).isEqualTo(1073741824L);
        assertThat(detailed.get("currentSize").asLong()).isPositive();
        assertThat(ok("/workspaces/" + workspaceId + "?tenantDetails=true").get("workspace").get("id").asText())
                .isEqualTo(workspaceId);
    }

    @Test
    void modelsCarryWorkspaceAndDetails() {
        JsonNode model = ok("/models?modelDetails=true").get("models").get(0);

        assertThat(model.get("id").asText()).isEqualTo(modelId);
        assertThat(model.get("name").asText()).isEqualTo("Sales Planning");
        assertThat(model.get("activeState").asText()).isEqualTo("UNLOCKED");
        assertThat(model.get("currentWorkspaceId").asText()).isEqualTo(workspaceId);
        assertThat(model.get("currentWorkspaceName").asText()).isEqualTo("FP&A Demo");
        assertThat(model.get("modelUrl").asText()).contains(modelId);
        assertThat(model.get("categoryValues").isArray()).isTrue();
        assertThat(model.get("memoryUsage").asLong()).isPositive();
        assertThat(model.has("isoCreationDate")).isTrue();
        assertThat(ok("/workspaces/" + workspaceId + "/models").get("models").get(0).get("id").asText())
                .isEqualTo(modelId);
        assertThat(ok("/models").get("models").get(0).has("memoryUsage")).isFalse();
    }

    @Test
    void sortIsValidatedOnTenantLists() {
        HttpResponse<byte[]> bare = get("/models?sort=name");
        HttpResponse<byte[]> unknown = get("/models?sort=-colour");

        assertThat(bare.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(bare).get("status").get("message").asText()).isEqualTo(
                "Bad sort order format: 'name'. Please follow (-){column_name_1},(+){column_name_2}.. format");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(unknown).get("status").get("message").asText())
                .isEqualTo("Failed to parse sort parameter");
        assertThat(get("/models?sort=%2Bname,-activeState").statusCode()).isEqualTo(200);
        assertThat(get("/workspaces?sort=-sizeAllowance").statusCode()).isEqualTo(200);
    }

    @Test
    void singleModelReportsTransactionRunningFromTheActivityHook() {
        Model model = sim.tenant().model(modelId).orElseThrow();
        assertThat(ok("/models/" + modelId).get("model").get("modelTransactionRunning").asBoolean()).isFalse();

        model.activity().begin(new ActivityState("T1", "Processing ...", "Import", 0.5));
        try {
            assertThat(ok("/models/" + modelId).get("model").get("modelTransactionRunning").asBoolean()).isTrue();
        } finally {
            model.activity().end();
        }
    }

    @Test
    void workspaceFormOfASingleModelIs405() {
        HttpResponse<byte[]> response = get("/workspaces/" + workspaceId + "/models/" + modelId);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(TestHttp.json(response).get("status").get("message").asText()).isEqualTo("Method Not Allowed");
    }

    @Test
    void modulesViewsAndViewMetadata() {
        JsonNode modules = both("/modules").get("modules");
        assertThat(names(modules)).containsExactly("Sales");
        String moduleId = modules.get(0).get("id").asText();

        JsonNode views = both("/views").get("views");
        assertThat(names(views)).containsExactly("Sales", "Sales.Revenue by Region");
        assertThat(views.get(0).get("id").asText()).isEqualTo(moduleId);
        assertThat(views.get(1).get("moduleId").asText()).isEqualTo(moduleId);
        assertThat(both("/modules/" + moduleId + "/views").get("views")).hasSize(2);

        String viewId = views.get(1).get("id").asText();
        JsonNode metadata = both("/views/" + viewId);
        assertThat(metadata.get("viewName").asText()).isEqualTo("Sales.Revenue by Region");
        assertThat(metadata.get("viewId").asText()).isEqualTo(viewId);
        assertThat(names(metadata.get("rows"))).containsExactly("Regions");
        assertThat(names(metadata.get("columns"))).containsExactly("Time");
        assertThat(names(metadata.get("pages"))).containsExactly("Versions", "Products", "Line Items");
        assertThat(metadata.get("columns").get(0).get("id").asText()).isEqualTo("20000000003");

        JsonNode lineItemsOnView = both("/views/" + viewId + "/dimensions/20000000012/items").get("items");
        assertThat(names(lineItemsOnView)).containsExactly("Revenue");
    }

    @Test
    void lineItemsAndTheirDimensions() {
        JsonNode items = both("/lineItems").get("items");
        assertThat(names(items)).containsExactly("Units", "Price", "Revenue", "Comment");
        assertThat(items.get(0).get("moduleName").asText()).isEqualTo("Sales");
        assertThat(items.get(0).has("format")).isFalse();

        JsonNode full = both("/lineItems?includeAll=true").get("items").get(2);
        assertThat(full.get("format").asText()).isEqualTo("NUMBER");
        assertThat(full.get("formula").asText()).isEqualTo("Units * Price");
        assertThat(names(full.get("appliesTo"))).containsExactly("Products", "Regions", "Time", "Versions");

        String moduleId = items.get(0).get("moduleId").asText();
        assertThat(both("/modules/" + moduleId + "/lineItems").get("items")).hasSize(4);

        String lineItemId = items.get(0).get("id").asText();
        JsonNode dimensions = both("/lineItems/" + lineItemId + "/dimensions").get("dimensions");
        assertThat(names(dimensions)).containsExactly("Products", "Regions", "Time", "Versions");
        JsonNode months = both("/lineItems/" + lineItemId + "/dimensions/20000000003/items").get("items");
        assertThat(months).hasSize(12);
        assertThat(months.get(0).get("name").asText()).isEqualTo("Jan 26");
    }

    @Test
    void dimensionItemsAndLookup() {
        JsonNode lists = both("/lists").get("lists");
        assertThat(names(lists)).containsExactly("Product Family", "Products", "Regions");
        String regions = lists.get(2).get("id").asText();

        JsonNode items = both("/dimensions/" + regions + "/items").get("items");
        assertThat(items).hasSize(8);
        assertThat(items.get(0).get("code").asText()).isEqualTo("NA");
        assertThat(get("/models/" + modelId + "/dimensions/20000000003/items").statusCode()).isEqualTo(400);
        assertThat(both("/dimensions/20000000020/items").get("items")).hasSize(2);

        HttpResponse<byte[]> lookup = HTTP.postJson(sim.apiBaseUrl() + "/models/" + modelId + "/dimensions/"
                        + regions + "/items", "{\"names\":[\"japan\",\"Atlantis\"],\"codes\":[\"weu\"]}",
                HTTP.authHeader(sim, "demo@example.com", "demo-password"));
        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(names(TestHttp.json(lookup).get("items"))).containsExactly("Japan", "Western Europe");

        HttpResponse<byte[]> empty = HTTP.postJson(sim.apiBaseUrl() + "/models/" + modelId + "/dimensions/"
                + regions + "/items", "{}", HTTP.authHeader(sim, "demo@example.com", "demo-password"));
        assertThat(empty.statusCode()).isEqualTo(400);
    }

    @Test
    void actionsImportsExportsProcesses() {
        JsonNode actions = both("/actions").get("actions");
        assertThat(actions.get(0).get("actionType").asText()).isEqualTo("DELETE_BY_SELECTION");
        assertThat(actions.get(0).get("id").asText()).startsWith("117");

        JsonNode imports = both("/imports").get("imports");
        assertThat(names(imports)).containsExactly("Products from products.csv", "Sales from sales.csv");
        assertThat(imports.get(0).get("importType").asText()).isEqualTo("HIERARCHY_DATA");
        assertThat(imports.get(1).get("importType").asText()).isEqualTo("MODULE_DATA");
        assertThat(imports.get(0).get("importDataSourceId").asText()).startsWith("113");

        JsonNode importMetadata = both("/imports/" + imports.get(0).get("id").asText()).get("importMetadata");
        assertThat(importMetadata.get("name").asText()).isEqualTo("Products from products.csv");
        assertThat(importMetadata.get("type").asText()).isEqualTo("FILE");
        JsonNode source = importMetadata.get("source");
        assertThat(source.get("textEncoding").asText()).isEqualTo("UTF-8");
        assertThat(source.get("columnSeparator").asText()).isEqualTo(",");
        assertThat(source.get("headerRow").asInt()).isEqualTo(1);
        assertThat(source.get("firstDataRow").asInt()).isEqualTo(2);
        assertThat(source.get("headerNames")).extracting(JsonNode::asText)
                .containsExactly("Name", "Code", "Family", "Category", "Unit Price", "Discontinued");
        assertThat(source.get("columnCount").asInt()).isEqualTo(6);
        assertThat(get("/models/" + modelId + "/imports/112999999999").statusCode()).isEqualTo(500);

        JsonNode exports = both("/exports").get("exports");
        assertThat(names(exports)).containsExactly("Products export", "Sales export", "Revenue grid export");
        assertThat(exports.get(1).get("exportFormat").asText()).isEqualTo("text/csv");
        assertThat(exports.get(1).get("layout").asText()).isEqualTo("TABULAR_MULTI_COLUMN");
        JsonNode exportMetadata = both("/exports/" + exports.get(1).get("id").asText()).get("exportMetadata");
        assertThat(exportMetadata.get("headerNames")).extracting(JsonNode::asText)
                .containsExactly("Products", "Regions", "Time", "Versions", "Units", "Price", "Revenue", "Comment");
        assertThat(exportMetadata.get("columnCount").asInt()).isEqualTo(8);
        assertThat(exportMetadata.get("rowCount").asLong()).isEqualTo(300L * 8 * 12 * 2);
        assertThat(exportMetadata.get("separator").asText()).isEqualTo(",");
        assertThat(exportMetadata.get("dataTypes").get(2).asText()).isEqualTo("TIME_ENTITY");

        JsonNode processes = both("/processes").get("processes");
        assertThat(names(processes)).containsExactly("Nightly Load");
        JsonNode processMetadata = both("/processes/" + processes.get(0).get("id").asText()
                + "?showImportDataSource=true").get("processMetadata");
        assertThat(processMetadata.get("name").asText()).isEqualTo("Nightly Load");
        JsonNode steps = processMetadata.get("actions");
        assertThat(steps).extracting(s -> s.get("actionType").asText()).containsExactly("IMPORT", "IMPORT", "EXPORT");
        assertThat(steps.get(0).get("importDataSource").get("type").asText()).isEqualTo("FILE");
        assertThat(steps.get(2).get("exportFormat").asText()).isEqualTo("text/csv");
    }

    @Test
    void objectListsSortLenientlyAndPage() {
        JsonNode sorted = both("/exports?sort=-name").get("exports");
        assertThat(names(sorted)).containsExactly("Sales export", "Revenue grid export", "Products export");
        assertThat(both("/exports?sort=colour").get("exports")).hasSize(3);

        JsonNode page = both("/exports?limit=1&offset=1");
        assertThat(names(page.get("exports"))).containsExactly("Sales export");
        assertThat(page.get("meta").get("paging").get("totalSize").asInt()).isEqualTo(3);
        assertThat(page.get("meta").get("paging").get("currentPageSize").asInt()).isEqualTo(1);
        assertThat(page.get("meta").get("paging").get("offset").asInt()).isEqualTo(1);
    }

    @Test
    void filesListCarriesEveryFieldClientsNeed() {
        JsonNode files = both("/files?sort=%2Bid&limit=5000").get("files");

        assertThat(files).hasSize(5);
        for (JsonNode file : files) {
            assertThat(file.has("id") && file.has("name") && file.has("chunkCount") && file.has("firstDataRow")
                    && file.has("headerRow") && file.has("separator") && file.has("encoding")).isTrue();
        }
        JsonNode products = files.get(0);
        assertThat(products.get("name").asText()).isEqualTo("products.csv");
        assertThat(products.get("chunkCount").asInt()).isEqualTo(1);
        assertThat(products.get("delimiter").asText()).isEqualTo("\"");
        assertThat(products.get("format").asText()).isEqualTo("txt");
        JsonNode exportFile = files.get(2);
        assertThat(exportFile.get("id").asText()).startsWith("116");
        assertThat(exportFile.get("chunkCount").asInt()).isZero();
        assertThat(exportFile.get("headerRow").asInt()).isZero();
    }

    @Test
    void unknownModelIs404() {
        assertThat(get("/models/0123456789ABCDEF0123456789ABCDEF/modules").statusCode()).isEqualTo(404);
        assertThat(get("/workspaces/0000/models/" + modelId + "/modules").statusCode()).isEqualTo(404);
    }
}
