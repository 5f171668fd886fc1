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
import org.apache.camel.spi.IdempotentRepository;
import io.github.camelanaplan.component.internal.ConsumerValidator;

/**
 * Runs imports, exports, processes and actions, moves files and reads task results in Anaplan, and emits the tasks
 * of chosen actions as they finish.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "anaplan", title = "Anaplan", syntax = "anaplan:operation",
             category = { Category.CLOUD, Category.SAAS }, headersClass = AnaplanConstants.class)
public class AnaplanEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint {

    /** Milliseconds between two polls of the task consumer unless {@code delay} says otherwise. */
    public static final long DEFAULT_CONSUMER_DELAY = 10_000;

    @UriParam
    private AnaplanConfiguration configuration;

    // ---- consumer options live here, not in AnaplanConfiguration: they have no component-wide default
    @UriParam(label = "consumer", description = "The imports, exports, processes and actions whose finished tasks the consumer"
                                                + " emits: ids or names separated by commas, or an asterisk for all of the model's.")
    private String actions;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Whether the first poll emits the tasks that had already finished when the consumer started."
                            + " With a persistent idempotentRepository, true catches up on tasks that finished while the"
                            + " application was down, without emitting any twice.")
    private boolean emitExistingTasks;
    @UriParam(label = "consumer", defaultValue = "status", enums = "status,dump,output",
              description = "The body of each emitted exchange: the task status, the failure dump (imports and processes) or"
                            + " the export's output as a stream.")
    private String consumerBody = "status";
    @UriParam(label = "consumer", description = "Remembers the tasks already emitted, keyed modelId:actionId:taskId. In memory"
                                                + " by default; a file repository survives restarts of one node; a shared repository whose add is atomic"
                                                + " (JDBC, for example) also makes several nodes emit each task once.")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer", defaultValue = "0",
              description = "The most finished tasks one poll emits (0: no limit); the oldest go first and the rest follow on"
                            + " the next polls.")
    private int maxMessagesPerPoll;

    private AnaplanClient client;

    public AnaplanEndpoint(String uri, AnaplanComponent component, AnaplanConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        // Each poll lists the tasks of every watched action: Camel's 500 ms default would spend Anaplan's rate limit.
        setDelay(DEFAULT_CONSUMER_DELAY);
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
        ConsumerValidator.validate(this);
        AnaplanTaskConsumer consumer = new AnaplanTaskConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(maxMessagesPerPoll);
        configureConsumer(consumer);
        return consumer;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public boolean isEmitExistingTasks() {
        return emitExistingTasks;
    }

    public void setEmitExistingTasks(boolean emitExistingTasks) {
        this.emitExistingTasks = emitExistingTasks;
    }

    public String getConsumerBody() {
        return consumerBody;
    }

    public void setConsumerBody(String consumerBody) {
        this.consumerBody = consumerBody;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public AnaplanConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AnaplanConfiguration configuration) {
        this.configuration = configuration;
    }
}
