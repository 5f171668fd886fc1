package io.github.camelanaplan.springboot;

import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;

import io.github.camelanaplan.client.task.TaskState;
import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.component.AnaplanComponent;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application configured only through {@code camel.component.anaplan.*} properties runs routes
 * against the simulator over real HTTP. The output capture is registered first so it also sees the context start.
 */
@ExtendWith(OutputCaptureExtension.class)
@CamelSpringBootTest
@SpringBootTest(classes = AnaplanStarterRouteTest.Application.class, properties = {
        "camel.component.anaplan.chunk-size=1048576",
        "camel.component.anaplan.wait-for-completion=true",
        "camel.component.anaplan.poll-initial-delay=50",
        "camel.component.anaplan.poll-max-delay=200",
        "camel.component.anaplan.worker-pool-size=3",
        "camel.component.anaplan.dump-mode=HEADER",
        // As verbose as it gets, so the secret check below covers every log statement on the way.
        "logging.level.io.github.camelanaplan=TRACE",
        "logging.level.org.apache.camel=DEBUG",
        "logging.level.org.apache.hc.client5.http.wire=OFF",
        "logging.level.org.apache.hc.client5.http.headers=OFF",
        "logging.level.org.eclipse.jetty=INFO"})
class AnaplanStarterRouteTest {

    static final String PASSWORD = "demo-password";
    private static final String MODEL = "workspace=RAW(FP&A Demo)&model=RAW(Sales Planning)";
    private static final String CSV = """
            Name,Code,Family,Category,Unit Price,Discontinued
            Product 801,P801,HW,Premium,12.5,false
            Product 802,P802,SW,Budget,7,false
            Product 803,P803,XX,Budget,3,false
            """;

    /** Short tasks keep the suite fast; started before Spring so its URLs can become properties. */
    static final AnaplanSimulator SIMULATOR = AnaplanSimulator.start(
            SimulatorConfig.defaults().toBuilder().taskDuration(Duration.ofMillis(100)).build());

    @DynamicPropertySource
    static void simulatorProperties(DynamicPropertyRegistry registry) {
        registry.add("camel.component.anaplan.api-base-url", SIMULATOR::apiBaseUrl);
        registry.add("camel.component.anaplan.auth-base-url", SIMULATOR::authBaseUrl);
        registry.add("camel.component.anaplan.oauth-base-url", SIMULATOR::authBaseUrl);
        registry.add("camel.component.anaplan.username", () -> "demo@example.com");
        registry.add("camel.component.anaplan.password", () -> PASSWORD);
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    private static String render(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            line.append(' ').append(thrown.getMessage());
        }
        return line.toString();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Application {

        /**
         * Records every log event from the moment beans are created, i.e. before the CamelContext starts and the
         * component builds its clients from the properties (the console capture only sees one test method).
         * Attached after Spring Boot has (re)configured Logback, so the reset does not drop it.
         */
        @Bean(destroyMethod = "stop")
        ListAppender<ILoggingEvent> recordedLogs() {
            ListAppender<ILoggingEvent> appender = new ListAppender<>();
            appender.start();
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(appender);
            return appender;
        }

        @Bean
        RouteBuilder anaplanRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:importProducts").to("anaplan:import?action=Products from products.csv&" + MODEL)
                            .setHeader("dumpText", simple("${header.CamelAnaplanDump}", String.class));
                    // A connect timeout of its own gives this endpoint its own client, which logs in on its first
                    // message, so the secret check sees a login made with the password from the properties.
                    from("direct:importWithOwnClient").to("anaplan:import?action=Products from products.csv"
                                                          + "&connectTimeout=29000&" + MODEL);
                    from("direct:exportProducts").to("anaplan:export?action=Products export&" + MODEL)
                            .convertBodyTo(String.class);
                }
            };
        }
    }

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate template;
    @Autowired
    ListAppender<ILoggingEvent> recordedLogs;

    @Test
    void anImportOfProductsCompletesWithItsTaskHeaders() {
        Exchange exchange = template.send("direct:importProducts", e -> e.getMessage().setBody(CSV));

        assertThat(exchange.getException()).isNull();
        var message = exchange.getMessage();
        TaskStatus status = message.getBody(TaskStatus.class);
        assertThat(status.taskState()).isEqualTo(TaskState.COMPLETE);
        assertThat(message.getHeader(AnaplanConstants.TASK_STATE, String.class)).isEqualTo("COMPLETE");
        assertThat(message.getHeader(AnaplanConstants.ROWS_PROCESSED, Long.class)).isEqualTo(3);
        assertThat(message.getHeader(AnaplanConstants.ROWS_SUCCESSFUL, Long.class)).isEqualTo(2);
        assertThat(message.getHeader(AnaplanConstants.ROWS_FAILED, Long.class)).isEqualTo(1);
        // dump-mode=HEADER came from the properties, not from the URI.
        assertThat(message.getHeader("dumpText", String.class)).contains("P803").doesNotContain("P801");
    }

    @Test
    void anExportReturnsTheImportedRows() {
        String rows = """
                Product 811,P811,Hardware,Premium,12.5,false
                Product 812,P812,Services,Standard,49,true
                """;
        String header = "Name,Code,Family,Category,Unit Price,Discontinued\n";
        assertThat(template.send("direct:importProducts", e -> e.getMessage().setBody(header + rows))
                .getException()).isNull();

        Exchange exchange = template.send("direct:exportProducts", e -> e.getMessage().setBody(null));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class).lines()).containsAll(rows.lines().toList());
        assertThat(exchange.getMessage().getHeader(AnaplanConstants.TASK_SUCCESSFUL, Boolean.class)).isTrue();
    }

    @Test
    void thePropertiesReachTheComponentAndTheUnsetOnesKeepTheirDefaults() {
        AnaplanComponent component = camelContext.getComponent("anaplan", AnaplanComponent.class);
        AnaplanConfiguration configuration = component.getConfiguration();
        AnaplanConfiguration defaults = new AnaplanConfiguration();

        assertThat(configuration.getChunkSize()).isEqualTo(1048576).isNotEqualTo(defaults.getChunkSize());
        assertThat(configuration.isWaitForCompletion()).isTrue();
        assertThat(configuration.getPollInitialDelay()).isEqualTo(50);
        assertThat(configuration.getPollMaxDelay()).isEqualTo(200);
        assertThat(configuration.getDumpMode()).isEqualTo("HEADER");
        assertThat(configuration.getApiBaseUrl()).isEqualTo(SIMULATOR.apiBaseUrl());
        assertThat(configuration.getUsername()).isEqualTo("demo@example.com");
        assertThat(component.getWorkerPoolSize()).isEqualTo(3);
        // Nothing set these: the customizer must not have overwritten the component's own defaults.
        assertThat(configuration.getTaskTimeout()).isEqualTo(defaults.getTaskTimeout());
        assertThat(configuration.getListBatchSize()).isEqualTo(defaults.getListBatchSize());
        assertThat(component.getSchedulerPoolSize()).isEqualTo(2);
    }

    @Test
    void thePasswordNeverAppearsInLogsOrEndpointUris(CapturedOutput output) {
        assertThat(template.send("direct:importWithOwnClient", e -> e.getMessage().setBody(CSV)).getException())
                .isNull();

        // Proves the capture saw the login with the configured credentials and the task; otherwise the check
        // below would pass vacuously.
        assertThat(output.getAll()).contains("/token/authenticate")
                .contains("Started Anaplan import");
        assertThat(output.getAll()).doesNotContain(PASSWORD);
        List<String> sinceStartup = recordedLogs.list.stream().map(AnaplanStarterRouteTest::render).toList();
        assertThat(sinceStartup).anyMatch(line -> line.contains("Created Anaplan client"));
        assertThat(sinceStartup).noneMatch(line -> line.contains(PASSWORD));
        assertThat(camelContext.getEndpoints()).allSatisfy(endpoint -> assertThat(endpoint.getEndpointUri())
                .doesNotContain(PASSWORD));
    }
}
