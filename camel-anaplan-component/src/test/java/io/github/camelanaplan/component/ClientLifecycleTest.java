package io.github.camelanaplan.component;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.client.AnaplanClientConfig;
import io.github.camelanaplan.client.metadata.Workspace;
import io.github.camelanaplan.component.internal.AnaplanClients;
import io.github.camelanaplan.component.internal.InFlightTasks;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Clients the component builds are closed when it stops; a client the user provides is used and left open. */
class ClientLifecycleTest extends AnaplanTestSupport {

    private static AnaplanClient provided;

    @AfterAll
    static void closeProvided() {
        if (provided != null) {
            provided.close();
        }
    }

    @Override
    protected void configure(AnaplanConfiguration configuration) {
        configuration.setApiBaseUrl(simulator().apiBaseUrl());
        configuration.setAuthBaseUrl(simulator().authBaseUrl());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        provided = AnaplanClient.create(AnaplanClientConfig.builder().apiBaseUrl(simulator().apiBaseUrl())
                .authBaseUrl(simulator().authBaseUrl()).basicAuth(DEMO_USER, DEMO_PASSWORD).build());
        context.getRegistry().bind("providedClient", provided);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:provided").to("anaplan:metadata?metadataType=workspaces&client=#providedClient");
                from("direct:built").to("anaplan:metadata?metadataType=workspaces&username=" + DEMO_USER
                                        + "&password=RAW(" + DEMO_PASSWORD + ")");
            }
        };
    }

    @Test
    void builtClientsAreClosedOnStopAndProvidedOnesAreNot() throws Exception {
        assertThat(template.requestBody("direct:provided", null, List.class)).isNotEmpty();
        assertThat(template.requestBody("direct:built", null, List.class)).isNotEmpty();
        AnaplanEndpoint builtEndpoint = context.getEndpoints().stream().filter(AnaplanEndpoint.class::isInstance)
                .map(AnaplanEndpoint.class::cast).filter(e -> e.getConfiguration().getClient() == null).findFirst().orElseThrow();
        AnaplanClient built = builtEndpoint.getAnaplanClient();
        assertThat(anaplan().getClients().describe()).extracting(AnaplanClients.ClientView::provided).containsExactlyInAnyOrder(true, false);

        context.stop();

        List<Workspace> stillWorking = provided.workspaces();
        assertThat(stillWorking).isNotEmpty();
        assertThatThrownBy(built::workspaces).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aClientOptionBesideCredentialsIsRejectedAtStart() {
        assertThatThrownBy(() -> context.getEndpoint("anaplan:metadata?client=#providedClient&authToken=RAW(x)").start())
                .hasMessageContaining("The client option gives a ready AnaplanClient");
    }

    @Test
    void waitsStillOpenWhenTheComponentStopsFailInsteadOfHanging() {
        InFlightTasks tasks = new InFlightTasks();
        CompletableFuture<Object> wait = new CompletableFuture<>();
        tasks.started(new InFlightTasks.TaskView("T1", "import", "112000000001", "Products", "M", "Model", "client-1",
                java.time.Instant.now()), wait);
        tasks.abandonAll();
        assertThat(wait).isCompletedExceptionally();
        assertThatThrownBy(wait::join).hasMessageContaining("keeps running in Anaplan")
                .hasMessageContaining("T1");
        assertThat(tasks.size()).isZero();
    }
}
