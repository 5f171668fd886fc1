package io.github.camelanaplan.client;

import io.github.camelanaplan.client.error.AnaplanNameNotFoundException;
import io.github.camelanaplan.client.error.AnaplanNotFoundException;
import io.github.camelanaplan.client.metadata.ExportInfo;
import io.github.camelanaplan.client.metadata.FileInfo;
import io.github.camelanaplan.client.metadata.ImportInfo;
import io.github.camelanaplan.client.metadata.ListInfo;
import io.github.camelanaplan.client.metadata.Model;
import io.github.camelanaplan.client.metadata.ModuleInfo;
import io.github.camelanaplan.client.metadata.ProcessInfo;
import io.github.camelanaplan.client.metadata.ProcessMetadata;
import io.github.camelanaplan.client.task.ActionKind;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelanaplan.client.SimulatorClients.MODEL;
import static io.github.camelanaplan.client.SimulatorClients.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetadataAndNamesTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    private static AnaplanClient client;
    private static ModelClient model;
    private static final RequestLog LOG = new RequestLog();

    @BeforeAll
    static void connect(AnaplanSimulator simulator) {
        simulator.interceptors().add(LOG);
        client = SimulatorClients.demoClient(simulator);
        model = client.model(WORKSPACE, MODEL);
    }

    @AfterAll
    static void close(AnaplanSimulator simulator) {
        client.close();
        simulator.interceptors().remove(LOG);
    }

    @Test
    void modelIsResolvedOnceToItsIds() {
        Model found = client.findModel(WORKSPACE, MODEL);
        assertThat(model.modelId()).isEqualTo(found.id()).matches("[0-9A-F]{32}");
        assertThat(model.workspaceId()).isEqualTo(found.currentWorkspaceId()).matches("[0-9a-f]{32}");
        assertThat(client.model(MODEL).modelId()).as("global lookup via currentWorkspaceId").isEqualTo(found.id());
        assertThat(client.model(model.workspaceId(), model.modelId()).modelId()).as("ids work too")
                .isEqualTo(found.id());
        assertThat(client.models(WORKSPACE)).extracting(Model::name).contains(MODEL);
    }

    @Test
    void listsEveryKindOfModelObject() {
        assertThat(model.imports()).extracting(ImportInfo::name)
                .contains("Products from products.csv", "Sales from sales.csv");
        assertThat(model.imports()).allSatisfy(i -> assertThat(i.id()).startsWith("112"));
        assertThat(model.exports()).extracting(ExportInfo::name).contains("Products export", "Sales export");
        assertThat(model.processes()).extracting(ProcessInfo::name).contains("Nightly Load");
        assertThat(model.actions()).isNotEmpty().allSatisfy(a -> assertThat(a.id()).startsWith("117"));
        assertThat(model.files()).extracting(FileInfo::name).contains("products.csv", "sales.csv");
        assertThat(model.lists()).extracting(ListInfo::name).contains("Products", "Regions", "Product Family");
        assertThat(model.modules()).extracting(ModuleInfo::name).contains("Sales");
        assertThat(model.views()).isNotEmpty();
    }

    @Test
    void detailedMetadataOfImportsExportsAndProcesses() {
        assertThat(model.importMetadata("Sales from sales.csv").name()).isEqualTo("Sales from sales.csv");
        assertThat(model.exportMetadata("Products export").headerNames()).isNotEmpty();
        ProcessMetadata process = model.processMetadata("Nightly Load");
        assertThat(process.actions()).extracting(ProcessMetadata.Action::name)
                .containsExactly("Products from products.csv", "Sales from sales.csv", "Sales export");
    }

    @Test
    void namesResolveExactlyThenCaseInsensitively() {
        ImportInfo exact = model.resolveImport("Sales from sales.csv");
        assertThat(model.resolveImport("SALES FROM SALES.CSV")).isEqualTo(exact);
        assertThat(model.resolveImport(exact.id())).isEqualTo(exact);
        assertThat(model.resolveList("regions").name()).isEqualTo("Regions");
        assertThat(client.workspace("fp&a demo").name()).isEqualTo(WORKSPACE);
        ModelClient.RunnableRef process = model.resolveRunnable("nightly load");
        assertThat(process.kind()).isEqualTo(ActionKind.PROCESS);
        assertThat(process.id()).startsWith("118");
    }

    @Test
    void unknownNamesListWhatIsAvailable() {
        assertThatThrownBy(() -> model.resolveImport("Salse from sales.csv"))
                .isInstanceOf(AnaplanNameNotFoundException.class)
                .hasMessageContaining("import")
                .hasMessageContaining("'Salse from sales.csv'")
                .hasMessageContaining("'Sales from sales.csv'")
                .hasMessageContaining("'Products from products.csv'")
                .satisfies(e -> assertThat(((AnaplanNameNotFoundException) e).availableNames())
                        .contains("Sales from sales.csv"));
        assertThatThrownBy(() -> client.model(WORKSPACE, "Sales Plan"))
                .isInstanceOf(AnaplanNameNotFoundException.class)
                .hasMessageContaining("'Sales Planning'");
        assertThatThrownBy(() -> model.resolveRunnable("Nothing like this"))
                .isInstanceOf(AnaplanNameNotFoundException.class)
                .hasMessageContaining("Nightly Load");
    }

    @Test
    void listingsAreCachedUntilInvalidated() {
        model.invalidateNames();
        LOG.clear();
        model.resolveExport("Sales export");
        model.resolveExport("sales export");
        model.exports();
        assertThat(LOG.count("^GET .*/exports$")).isEqualTo(1);
        model.invalidateNames();
        model.resolveExport("Sales export");
        assertThat(LOG.count("^GET .*/exports$")).isEqualTo(2);
    }

    @Test
    void everyPageIsReadWhateverThePageSize(AnaplanSimulator simulator) {
        try (AnaplanClient paging = AnaplanClient.create(SimulatorClients.config(simulator).pageSize(1).build())) {
            ModelClient small = paging.model(WORKSPACE, MODEL);
            assertThat(small.lists()).hasSameSizeAs(model.lists());
            assertThat(small.imports()).hasSameSizeAs(model.imports());
        }
    }

    @Test
    void unknownIdsAreTypedNotFound() {
        ModelClient missing = client.modelByIds(model.workspaceId(), "00000000000000000000000000000000");
        assertThatThrownBy(missing::imports).isInstanceOf(AnaplanNotFoundException.class)
                .satisfies(e -> assertThat(((AnaplanNotFoundException) e).path())
                        .endsWith("/models/00000000000000000000000000000000/imports"));
    }
}
