package io.github.camelanaplan.examples;

import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which Anaplan the routes talk to and prepares the work folders.
 * <p>
 * Camel Main calls configuration classes before it binds {@code camel.component.*} properties to components, so the
 * properties added here configure the anaplan component exactly as if they were in {@code application.properties}.
 */
public class DemoConfiguration implements CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoConfiguration.class);

    @Override
    public void configure(CamelContext camelContext) throws Exception {
        PropertiesComponent properties = camelContext.getPropertiesComponent();
        AnaplanTarget target = AnaplanTarget.fromSettings(DemoConfiguration::setting)
                .orElseGet(() -> startSimulator(camelContext));
        for (Map.Entry<String, String> property : target.componentProperties().entrySet()) {
            properties.addOverrideProperty(property.getKey(), property.getValue());
        }
        LOG.info("Routes will use {}", target);

        DemoSummary summary = new DemoSummary();
        camelContext.getRegistry().bind(DemoSummary.BEAN_NAME, summary);
        camelContext.addService(summary);

        Path workDir = Path.of(properties.resolveProperty("demo.workDir").orElse("target/anaplan-demo"));
        if (Boolean.parseBoolean(properties.resolveProperty("demo.copySamples").orElse("true"))) {
            SampleFiles.copyTo(workDir);
            LOG.info("Copied the sample CSV files into the inboxes under {}", workDir.toAbsolutePath());
        }
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
