package io.github.camelanaplan.component;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts a one-route context on an endpoint URI and checks that start-up fails with a message naming the problem. */
final class StartupAssertions {

    private StartupAssertions() {
    }

    static void assertStartFails(String uri, String... messageParts) {
        assertThatThrownBy(() -> {
            try (CamelContext context = new DefaultCamelContext()) {
                context.addRoutes(route(uri));
                context.start();
            }
        }).satisfies(e -> {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            for (String part : messageParts) {
                assertThat(root.getMessage()).contains(part);
            }
        });
    }

    static RouteBuilder route(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:probe").routeId("probe").to(uri);
            }
        };
    }
}
