package io.github.camelanaplan.component;

import java.util.List;

import io.github.camelanaplan.client.error.AnaplanNameNotFoundException;
import io.github.camelanaplan.client.metadata.ExportInfo;
import io.github.camelanaplan.client.metadata.FileInfo;
import io.github.camelanaplan.client.metadata.ImportInfo;
import io.github.camelanaplan.client.metadata.ListInfo;
import io.github.camelanaplan.client.metadata.Model;
import io.github.camelanaplan.client.metadata.ModuleInfo;
import io.github.camelanaplan.client.metadata.NamedObject;
import io.github.camelanaplan.client.metadata.Workspace;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataTest extends AnaplanTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:imports").to("anaplan:metadata?metadataType=imports&" + DEMO_MODEL)
                        .split(body()).setBody(simple("${body.name}")).to("mock:importNames");
            }
        };
    }

    @Test
    void listsWorkspacesAndModels() {
        List<?> workspaces = template.requestBody("anaplan:metadata?metadataType=workspaces", null, List.class);
        assertThat(workspaces).extracting(w -> ((Workspace) w).name()).contains(WORKSPACE);

        List<?> models = template.requestBody("anaplan:metadata?metadataType=models&workspace=RAW(FP&A Demo)", null, List.class);
        assertThat(models).extracting(m -> ((Model) m).name()).containsExactly(MODEL);
    }

    @Test
    void listsTheObjectsOfAModelAsRecordsARouteCanSplit() throws Exception {
        MockEndpoint names = getMockEndpoint("mock:importNames");
        names.expectedBodiesReceivedInAnyOrder("Products from products.csv", "Sales from sales.csv");
        template.sendBody("direct:imports", null);
        names.assertIsSatisfied();
    }

    @Test
    void theMetadataTypeHeaderOverridesTheOption() {
        String uri = "anaplan:metadata?metadataType=imports&" + DEMO_MODEL;
        assertThat(names(send(uri, null, AnaplanConstants.METADATA_TYPE, "exports")))
                .contains("Products export", "Sales export");
        assertThat(send(uri, null, AnaplanConstants.METADATA_TYPE, "files").getMessage().getBody(List.class))
                .allSatisfy(f -> assertThat(f).isInstanceOf(FileInfo.class));
        assertThat(names(send(uri, null, AnaplanConstants.METADATA_TYPE, "processes"))).contains("Nightly Load");
        assertThat(names(send(uri, null, AnaplanConstants.METADATA_TYPE, "actions"))).contains("Delete discontinued products");
        assertThat(send(uri, null, AnaplanConstants.METADATA_TYPE, "modules").getMessage().getBody(List.class))
                .extracting(m -> ((ModuleInfo) m).name()).contains("Sales");
        assertThat(send(uri, null, AnaplanConstants.METADATA_TYPE, "lists").getMessage().getBody(List.class))
                .extracting(l -> ((ListInfo) l).name()).contains("Products", "Regions");
        assertThat(names(send(uri, null, AnaplanConstants.METADATA_TYPE, "views"))).isNotEmpty();
        Exchange imports = send(uri, null);
        assertThat(imports.getMessage().getBody(List.class)).allSatisfy(i -> assertThat(i).isInstanceOf(ImportInfo.class));
        assertThat(imports.getMessage().getHeader(AnaplanConstants.MODEL_ID, String.class)).matches("[0-9A-F]{32}");
    }

    @Test
    void workspaceAndModelHeadersOverrideTheOptions() {
        Exchange exchange = send("anaplan:metadata?metadataType=exports&workspace=nope&model=nope", null,
                AnaplanConstants.WORKSPACE, WORKSPACE, AnaplanConstants.MODEL, MODEL);
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(List.class)).extracting(e -> ((ExportInfo) e).name()).contains("Sales export");
    }

    @Test
    void anUnknownModelFailsWithTheNamesThatExist() {
        Exchange exchange = send("anaplan:metadata?metadataType=imports&workspace=RAW(FP&A Demo)&model=Sales Plan", null);
        assertThat(exchange.getException()).isInstanceOf(AnaplanNameNotFoundException.class)
                .hasMessageContaining("Sales Plan").hasMessageContaining("'Sales Planning'");
    }

    @Test
    void anInvalidMetadataTypeHeaderIsNamed() {
        Exchange exchange = send("anaplan:metadata?" + DEMO_MODEL, null, AnaplanConstants.METADATA_TYPE, "cubes");
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header CamelAnaplanMetadataType 'cubes'").hasMessageContaining("imports, exports");
    }

    @Test
    void aMissingMetadataTypeNamesTheOptionAndTheHeader() {
        Exchange exchange = send("anaplan:metadata?" + DEMO_MODEL, null);
        assertThat(exchange.getException()).hasMessageContaining("'metadataType'").hasMessageContaining("CamelAnaplanMetadataType");
    }

    private static List<String> names(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return ((List<?>) exchange.getMessage().getBody(List.class)).stream().map(o -> ((NamedObject) o).name()).toList();
    }
}
