package io.github.camelanaplan.examples;

import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which Anaplan and which database the routes talk to, adds the Java routes when {@code demo.dsl=java},
 * and prepares the work folders.
 * <p>
 * Camel Main calls configuration classes before it binds {@code camel.component.*} properties to components and
 * before it loads the YAML or XML routes, so the properties and beans added here serve every DSL alike.
 */
public class DemoConfiguration implements CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoConfiguration.class);

    @Override
    public void configure(CamelContext camelContext) throws Exception {
        PropertiesComponent properties = camelContext.getPropertiesComponent();
        DemoDsl dsl = DemoDsl.parse(properties.resolveProperty("demo.dsl").orElse("java"));

        AnaplanTarget target = AnaplanTarget.fromSettings(DemoConfiguration::setting)
                .orElseGet(() -> startSimulator(camelContext));
        for (Map.Entry<String, String> property : target.componentProperties().entrySet()) {
            properties.addOverrideProperty(property.getKey(), property.getValue());
        }
        LOG.info("Routes written in {} DSL will use {}", dsl.label(), target);

        ProductDatabase database = openDatabase(properties);
        camelContext.addService(database);
        // camel-sql picks the single DataSource of the registry, so the routes need not name it.
        camelContext.getRegistry().bind(ProductDatabase.BEAN_NAME, database.dataSource());

        DemoSummary summary = new DemoSummary(dsl);
        camelContext.getRegistry().bind(DemoSummary.BEAN_NAME, summary);
        camelContext.addService(summary);

        if (dsl == DemoDsl.JAVA) {
            for (RoutesBuilder routes : ExampleApplication.javaRoutes()) {
                camelContext.addRoutes(routes);
            }
        }
        if (database.embedded() && Boolean.parseBoolean(properties.resolveProperty("demo.dbEdits.enabled")
                .orElse("true"))) {
            camelContext.addRoutes(new ProductEditsRoute(database));
        }

        Path workDir = Path.of(properties.resolveProperty("demo.workDir").orElse("target/anaplan-demo"));
        if (Boolean.parseBoolean(properties.resolveProperty("demo.copySamples").orElse("true"))) {
            SampleFiles.copyTo(workDir);
            LOG.info("Copied the sample CSV files into the inboxes under {}", workDir.toAbsolutePath());
        }
    }

    private static ProductDatabase openDatabase(PropertiesComponent properties) {
        String url = optional(properties, "demo.jdbc.url");
        if (url == null) {
            return ProductDatabase.startEmbedded();
        }
        return ProductDatabase.configured(url, optional(properties, "demo.jdbc.username"),
                optional(properties, "demo.jdbc.password"));
    }

    /** Blank counts as unset, so {@code application.properties} can list a setting with no value. */
    private static String optional(PropertiesComponent properties, String name) {
        return properties.resolveProperty(name).map(String::trim).filter(value -> !value.isEmpty()).orElse(null);
    }

    private static AnaplanTarget startSimulator(CamelContext camelContext) {
        EmbeddedSimulator simulator = EmbeddedSimulator.startDemo();
        try {
            camelContext.addService(simulator);
        } catch (Exception e) {
            // Not handed to Camel, so nothing else would ever close it.
            simulator.stop();
            throw new IllegalStateException("Cannot register the embedded simulator with Camel", e);
        }
        return simulator.target();
    }

    /** Environment variables win over JVM properties of the same name, as with Camel's own configuration. */
    private static String setting(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }
}
