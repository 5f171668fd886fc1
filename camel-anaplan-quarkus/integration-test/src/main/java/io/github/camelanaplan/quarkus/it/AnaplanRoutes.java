package io.github.camelanaplan.quarkus.it;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.builder.RouteBuilder;

/**
 * The routes of the test application. Connection, credentials, workspace and model come from the
 * {@code camel.component.anaplan.*} properties, so the URIs name only the operation and the action.
 */
@ApplicationScoped
public class AnaplanRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:import").routeId("import")
                .to("anaplan:import?action={{anaplan.it.import-action}}");

        // The export body is a stream fetched chunk by chunk; the route turns it into text so callers outside the
        // exchange can still read it.
        from("direct:export").routeId("export")
                .to("anaplan:export?action={{anaplan.it.export-action}}")
                .convertBodyTo(String.class);
    }
}
