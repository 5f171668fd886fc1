package io.github.camelanaplan.component;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Task consumer tests: a simulator with a second user, the component {@code anaplan} logged in as the demo user and
 * {@code other} as the second user, so tasks started by someone else can be told apart.
 */
abstract class TaskConsumerTestSupport extends CamelTestSupport {

    static final String OTHER_USER = "other@example.com";
    static final String OTHER_PASSWORD = "other-password";
    static final String PRODUCTS_IMPORT = "Products from products.csv";
    static final String IMPORT = "anaplan:import?action=" + PRODUCTS_IMPORT + "&" + AnaplanTestSupport.DEMO_MODEL;
    static final String OTHER_IMPORT = "other:import?action=" + PRODUCTS_IMPORT + "&" + AnaplanTestSupport.DEMO_MODEL;
    static final String PROCESS = "anaplan:process?action=Nightly Load&mappingParameters=Versions=Actual&"
                                  + AnaplanTestSupport.DEMO_MODEL;
    /** The consumer endpoint without its actions; polls often so the tests are quick. */
    static final String TASKS = "anaplan:task-status?delay=200&" + AnaplanTestSupport.DEMO_MODEL;
    /** One good row and one whose family does not exist. */
    static final String CSV = "Name,Code,Family,Category,Unit Price,Discontinued\nProduct 701,P701,HW,Premium,1,false\n"
                              + "Product 702,P702,NOPE,Premium,1,false\n";

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.taskDuration(Duration.ofMillis(100)).user(OTHER_USER, OTHER_PASSWORD))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        addComponents(context);
        return context;
    }

    static void addComponents(CamelContext context) {
        context.addComponent("anaplan", component(AnaplanTestSupport.DEMO_USER, AnaplanTestSupport.DEMO_PASSWORD));
        context.addComponent("other", component(OTHER_USER, OTHER_PASSWORD));
    }

    private static AnaplanComponent component(String user, String password) {
        AnaplanSimulator simulator = SIMULATOR.simulator();
        AnaplanComponent component = new AnaplanComponent();
        AnaplanConfiguration c = component.getConfiguration();
        c.setApiBaseUrl(simulator.apiBaseUrl());
        c.setAuthBaseUrl(simulator.authBaseUrl());
        c.setOauthBaseUrl(simulator.authBaseUrl());
        c.setUsername(user);
        c.setPassword(password);
        c.setPollInitialDelay(50);
        c.setPollMaxDelay(200);
        return component;
    }

    /** Runs an import through the producer and returns its task id. */
    String runImport(String uri) {
        Exchange exchange = template.send(uri, e -> e.getMessage().setBody(CSV));
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getHeader(AnaplanConstants.TASK_ID, String.class);
    }

    /**
     * A second application: its own context with one consumer route that records the task ids it emits.
     */
    static CamelContext startApplication(String consumerUri, Queue<String> emitted, Object repository) throws Exception {
        CamelContext other = new DefaultCamelContext();
        addComponents(other);
        if (repository != null) {
            other.getRegistry().bind("repo", repository);
        }
        other.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri).process(e -> emitted.add(e.getMessage().getHeader(AnaplanConstants.TASK_ID, String.class)));
            }
        });
        other.start();
        return other;
    }

    static Queue<String> queue() {
        return new ConcurrentLinkedQueue<>();
    }

    /** Polls the condition for up to ten seconds. */
    static void eventually(AnaplanTestSupport.Assertions assertions) throws Exception {
        AnaplanTestSupport.eventually(assertions);
    }

    /** Long enough for several polls at delay=200 to have run. */
    static void severalPolls() throws InterruptedException {
        Thread.sleep(1_000);
    }

    static long count(List<String> ids, String id) {
        return ids.stream().filter(id::equals).count();
    }
}
