package io.github.camelanaplan.component;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.component.internal.ClientSettings;
import io.github.camelanaplan.component.internal.ConfigurationValidator;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.util.URISupport;

/**
 * Runs imports, exports, processes and actions, moves files and reads task results in Anaplan.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "anaplan", title = "Anaplan", syntax = "anaplan:operation",
             category = { Category.CLOUD, Category.SAAS }, headersClass = AnaplanConstants.class, producerOnly = true)
public class AnaplanEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint {

    @UriParam
    private AnaplanConfiguration configuration;

    private AnaplanClient client;

    public AnaplanEndpoint(String uri, AnaplanComponent component, AnaplanConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public AnaplanComponent getComponent() {
        return (AnaplanComponent) super.getComponent();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        ConfigurationValidator.validate(configuration);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        getAnaplanClient();
    }

    @Override
    protected void doStop() throws Exception {
        // The component owns the clients and closes them when it stops; endpoints with equal settings share them.
        client = null;
        super.doStop();
    }

    /** The client this endpoint uses: the provided one, or the component's shared one for these settings. */
    public synchronized AnaplanClient getAnaplanClient() {
        if (client == null) {
            AnaplanComponent component = getComponent();
            client = configuration.getClient() != null
                    ? component.getClients().register(configuration.getClient())
                    : component.getClients().acquire(ClientSettings.of(configuration), getCamelContext());
        }
        return client;
    }

    @Override
    public Producer createProducer() throws Exception {
        return new AnaplanProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        throw new UnsupportedOperationException("The anaplan: component has producers only (polling tasks as a consumer is"
                                                + " planned): cannot consume from " + URISupport.sanitizeUri(getEndpointUri()));
    }

    public AnaplanConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AnaplanConfiguration configuration) {
        this.configuration = configuration;
    }
}
