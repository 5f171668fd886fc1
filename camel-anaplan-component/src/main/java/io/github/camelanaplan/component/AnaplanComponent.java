package io.github.camelanaplan.component;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code anaplan:} component. Its configuration holds the defaults every endpoint copies.
 */
@org.apache.camel.spi.annotations.Component("anaplan")
public class AnaplanComponent extends HealthCheckComponent {

    @Metadata(description = "Default options shared by all endpoints of this component.")
    private AnaplanConfiguration configuration = new AnaplanConfiguration();

    public AnaplanComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        AnaplanConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(remaining);
        AnaplanEndpoint endpoint = new AnaplanEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public AnaplanConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * Default options shared by all endpoints of this component.
     */
    public void setConfiguration(AnaplanConfiguration configuration) {
        this.configuration = configuration;
    }
}
