package io.github.camelanaplan.simulator.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.CellKey;
import io.github.camelanaplan.simulator.state.Dimensions;
import io.github.camelanaplan.simulator.state.ExportDef;
import io.github.camelanaplan.simulator.state.FileKind;
import io.github.camelanaplan.simulator.state.ImportType;
import io.github.camelanaplan.simulator.state.LineItem;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.ModelRole;
import io.github.camelanaplan.simulator.state.Module;
import io.github.camelanaplan.simulator.state.ModuleImportMapping;
import io.github.camelanaplan.simulator.state.DimensionSource;
import io.github.camelanaplan.simulator.state.ProcessDef;
import io.github.camelanaplan.simulator.state.User;
import io.github.camelanaplan.simulator.state.View;
import io.github.camelanaplan.simulator.state.WorkspaceRole;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shipped demo tenant loads with the shape the docs promise. */
class DemoModelTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    private static Model model(AnaplanSimulator sim) {
        return sim.tenant().models().byName("Sales Planning").orElseThrow();
    }

    @Test
    void idsHaveAnaplanFormats(AnaplanSimulator sim) {
        Model model = model(sim);
        assertThat(model.workspaceId()).matches("[0-9a-f]{32}");
        assertThat(model.id()).matches("[0-9A-F]{32}");
        assertThat(sim.tenant().users()).allSatisfy(u -> assertThat(u.id()).matches("[0-9a-f]{32}"));
        assertThat(model.lists().all()).allSatisfy(l -> assertThat(l.id()).startsWith("101").hasSize(12));
        assertThat(model.modules().all()).allSatisfy(m -> assertThat(m.id()).startsWith("102").hasSize(12));
        assertThat(model.imports().all()).allSatisfy(i -> assertThat(i.id()).startsWith("112"));
        assertThat(model.exports().all()).allSatisfy(e -> assertThat(e.id()).startsWith("116"));
        assertThat(model.actions().all()).allSatisfy(a -> assertThat(a.id()).startsWith("117"));
        assertThat(model.processes().all()).allSatisfy(p -> assertThat(p.id()).startsWith("118"));
        assertThat(model.versions().versions()).allSatisfy(v -> assertThat(v.id()).startsWith("107"));
    }

    @Test
    void listsAreGeneratedWithParentsAndProperties(AnaplanSimulator sim) {
        Model model = model(sim);
        AnaplanList products = model.lists().byName("Products").orElseThrow();
        AnaplanList families = model.lists().byName("Product Family").orElseThrow();

        assertThat(products.store().size()).isEqualTo(300);
        assertThat(products.parentListId()).isEqualTo(families.id());
        var first = products.store().byCode("P001").orElseThrow();
        assertThat(first.name()).isEqualTo("Product 001");
        assertThat(first.parentId()).isEqualTo(families.store().byCode("HW").orElseThrow().id());
        assertThat(first.properties()).containsEntry("Category", "Standard").containsEntry("Unit Price", "9.5")
                .containsEntry("Discontinued", "false");
        assertThat(products.store().byCode("P025").orElseThrow().properties()).containsEntry("Discontinued", "true");
        assertThat(model.lists().byName("Regions").orElseThrow().store().size()).isEqualTo(8);
    }

    @Test
    void salesModuleHasDimensionsLineItemsViewsAndCells(AnaplanSimulator sim) {
        Model model = model(sim);
        Module sales = model.modules().byName("Sales").orElseThrow();
        AnaplanList products = model.lists().byName("Products").orElseThrow();
        AnaplanList regions = model.lists().byName("Regions").orElseThrow();

        assertThat(sales.dimensionIds()).containsExactly(products.id(), regions.id(), Dimensions.TIME_ID,
                Dimensions.VERSIONS_ID);
        assertThat(sales.lineItems()).extracting(LineItem::name).containsExactly("Units", "Price", "Revenue", "Comment");
        assertThat(model.time().items()).hasSize(12);
        assertThat(model.time().items().get(0).name()).isEqualTo("Jan 26");
        assertThat(model.versions().items()).extracting(i -> i.name()).containsExactly("Actual", "Forecast");

        View defaultView = model.views().byId(sales.id()).orElseThrow();
        View byRegion = model.views().byName("Sales.Revenue by Region").orElseThrow();
        assertThat(defaultView.isDefault()).isTrue();
        assertThat(byRegion.rows()).containsExactly(regions.id());
        assertThat(byRegion.columns()).containsExactly(Dimensions.TIME_ID);
        assertThat(byRegion.pages()).contains(Dimensions.LINE_ITEMS_ID);

        LineItem units = sales.lineItem("Units").orElseThrow();
        LineItem price = sales.lineItem("Price").orElseThrow();
        LineItem revenue = sales.lineItem("Revenue").orElseThrow();
        List<String> at = List.of(products.store().byCode("P002").orElseThrow().id(),
                regions.store().byCode("WEU").orElseThrow().id(), model.time().periods().get(3).id(),
                model.versions().versions().get(0).id());
        double u = (Double) model.cells().get(new CellKey(units.id(), at)).orElseThrow();
        double p = (Double) model.cells().get(new CellKey(price.id(), at)).orElseThrow();
        assertThat((Double) model.cells().get(new CellKey(revenue.id(), at)).orElseThrow()).isEqualTo(u * p);
    }

    @Test
    void actionsReferToTheirSourcesAndTargets(AnaplanSimulator sim) throws Exception {
        Model model = model(sim);
        var productsImport = model.imports().byName("Products from products.csv").orElseThrow();
        var salesImport = model.imports().byName("Sales from sales.csv").orElseThrow();
        ExportDef salesExport = model.exports().byName("Sales export").orElseThrow();
        ProcessDef nightly = model.processes().byName("Nightly Load").orElseThrow();

        assertThat(productsImport.type()).isEqualTo(ImportType.HIERARCHY_DATA);
        assertThat(salesImport.type()).isEqualTo(ImportType.MODULE_DATA);
        var mapping = (ModuleImportMapping) salesImport.mapping();
        assertThat(mapping.dimensions()).extracting(DimensionSource::kind).last()
                .isEqualTo(DimensionSource.Kind.MAPPING_PARAMETER);
        assertThat(nightly.actionIds()).containsExactly(productsImport.id(), salesImport.id(), salesExport.id());
        assertThat(model.files().byId(salesExport.id()).orElseThrow().kind()).isEqualTo(FileKind.EXPORT_OUTPUT);
        assertThat(model.actions().byName("Delete discontinued products")).isPresent();

        try (InputStream in = sim.files().openCompleted(model.id(), productsImport.sourceFileId(), "anyone")
                .orElseThrow().stream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("Name,Code,Family,Category,Unit Price,Discontinued\n");
        }
    }

    @Test
    void usersHaveTheirRoles(AnaplanSimulator sim) {
        Model model = model(sim);
        User demo = sim.tenant().userByEmail("DEMO@example.com").orElseThrow();
        User viewer = sim.tenant().userByEmail("viewer@example.com").orElseThrow();
        User outsider = sim.tenant().userByEmail("outsider@example.com").orElseThrow();

        assertThat(demo.password()).isEqualTo("demo-password");
        assertThat(demo.workspaceRole(model.workspaceId())).contains(WorkspaceRole.ADMIN);
        assertThat(demo.modelRole(model.id())).contains(ModelRole.FULL);
        assertThat(viewer.modelRole(model.id())).contains(ModelRole.READ_ONLY);
        assertThat(outsider.modelRole(model.id())).contains(ModelRole.NO_ACCESS);
        assertThat(sim.tenant().oauthClient("demo-oauth-client").orElseThrow().rotatable()).isTrue();
    }
}
