package io.github.camelanaplan.benchmarks;

import io.github.camelanaplan.component.AnaplanComponent;
import io.github.camelanaplan.component.AnaplanConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import java.util.function.Consumer;

/**
 * A Camel context with the anaplan component pointed at the simulator as the demo user, the way an application
 * would configure it. Options not set by a benchmark keep the component's defaults.
 */
final class ComponentSession implements AutoCloseable {

    static final String USER = "demo@example.com";
    static final String PASSWORD = "demo-password";

    private final CamelContext context = new DefaultCamelContext();
    private final AnaplanComponent component = new AnaplanComponent();
    private ProducerTemplate template;

    ComponentSession(String apiBaseUrl, String authBaseUrl, Consumer<AnaplanConfiguration> options) {
        AnaplanConfiguration configuration = component.getConfiguration();
        configuration.setApiBaseUrl(apiBaseUrl);
        configuration.setAuthBaseUrl(authBaseUrl);
        configuration.setOauthBaseUrl(authBaseUrl);
        configuration.setUsername(USER);
        configuration.setPassword(PASSWORD);
        options.accept(configuration);
        context.addComponent("anaplan", component);
    }

    CamelContext context() {
        return context;
    }

    AnaplanComponent component() {
        return component;
    }

    ComponentSession start() {
        context.start();
        template = context.createProducerTemplate();
        return this;
    }

    /** Sends {@code body} and returns the exchange; a failed exchange is an error of the benchmark. */
    Exchange send(String uri, Object body) {
        Exchange done = template.send(uri, exchange -> exchange.getMessage().setBody(body));
        if (done.getException() != null) {
            throw new IllegalStateException(uri.replaceAll("\\?.*", "") + " failed: " + done.getException(),
                    done.getException());
        }
        return done;
    }

    @Override
    public void close() {
        context.stop();
    }
}
