package io.github.camelanaplan.component;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Runs imports, exports, processes and actions, moves files and reads task results in Anaplan.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "anaplan", title = "Anaplan", syntax = "anaplan:operation",
             category = { Category.CLOUD, Category.SAAS }, headersClass = AnaplanConstants.class, producerOnly = true)
public class AnaplanEndpoint extends ScheduledPollEndpoint {

    @UriParam
    private AnaplanConfiguration configuration;

    public AnaplanEndpoint(String uri, AnaplanComponent component, AnaplanConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() throws Exception {
        return new AnaplanProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        throw new UnsupportedOperationException("The anaplan: component has no consumer yet: " + getEndpointUri());
    }

    public AnaplanConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AnaplanConfiguration configuration) {
        this.configuration = configuration;
    }
}
