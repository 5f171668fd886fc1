package io.github.camelanaplan.component;

import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthCheckAndConsoleTest extends AnaplanTestSupport {

    private static final String GOOD = "anaplan:metadata?metadataType=workspaces";
    private static final String BAD = "anaplan:metadata?metadataType=workspaces&password=RAW(not-the-password)";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:good").to(GOOD);
                from("direct:bad").to(BAD);
            }
        };
    }

    @Test
    void producerHealthChecksAreUpWithGoodCredentialsAndDownWithTheHttpStatusOtherwise() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        assertThat(producers).isNotNull();
        producers.setEnabled(true);

        HealthCheck.Result good = checkOf(producers, GOOD).call();
        assertThat(good.getState()).isEqualTo(HealthCheck.State.UP);

        HealthCheck.Result bad = checkOf(producers, BAD).call();
        assertThat(bad.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(bad.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        assertThat(bad.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("401").doesNotContain("not-the-password"));
        assertThat(bad.getDetails().toString()).doesNotContain("not-the-password");
    }

    @Test
    void theDevConsoleShowsClientsWithMaskedUsersAndNoSecret() {
        template.sendBody("direct:good", (Object) null);
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("anaplan");
        assertThat(console).isInstanceOf(AnaplanDevConsole.class);

        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        assertThat(text).contains("Clients: 2", simulator().apiBaseUrl(), "de***@example.com", "BASIC", "Tasks in flight: 0")
                .doesNotContain(DEMO_PASSWORD).doesNotContain(DEMO_USER);

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON, Map.of());
        assertThat((List<?>) json.get("clients")).hasSize(2);
        assertThat(json).containsKeys("tasksInFlight", "modelsWithQueuedWork");
        assertThat(json.toString()).doesNotContain(DEMO_PASSWORD).doesNotContain("not-the-password");
    }

    @Test
    void theDevConsoleShowsTasksInFlightAndModelQueues() throws Exception {
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("anaplan");
        var running = template.asyncRequestBody("anaplan:process?action=Nightly Load&mappingParameters=Versions=Actual&"
                                                + DEMO_MODEL, null);
        eventually(() -> assertThat((String) console.call(DevConsole.MediaType.TEXT, Map.of()))
                .contains("Tasks in flight: 1", "process 'Nightly Load' (118", "Models with queued work: 1"));
        running.get(30, java.util.concurrent.TimeUnit.SECONDS);
        eventually(() -> assertThat((String) console.call(DevConsole.MediaType.TEXT, Map.of()))
                .contains("Tasks in flight: 0", "Models with queued work: 0"));
    }

    @Test
    void endpointsWithEqualSettingsShareOneClient() {
        AnaplanEndpoint first = context.getEndpoint(GOOD, AnaplanEndpoint.class);
        AnaplanEndpoint second = context.getEndpoint("anaplan:metadata?metadataType=imports", AnaplanEndpoint.class);
        AnaplanEndpoint other = context.getEndpoint(BAD, AnaplanEndpoint.class);
        assertThat(second.getAnaplanClient()).isSameAs(first.getAnaplanClient());
        assertThat(other.getAnaplanClient()).isNotSameAs(first.getAnaplanClient());
    }

    private HealthCheck checkOf(HealthCheckRepository producers, String uri) {
        AnaplanEndpoint endpoint = context.getEndpoint(uri, AnaplanEndpoint.class);
        return producers.getCheck("producer:anaplan-" + endpoint.getId()).orElseThrow();
    }
}
