package io.github.camelanaplan.component;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelanaplan.component.internal.AnaplanClients;
import io.github.camelanaplan.component.internal.InFlightTasks;
import io.github.camelanaplan.component.internal.ModelTaskQueue;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The {@code anaplan:} component. Its configuration holds the defaults every endpoint copies. It owns what the
 * endpoints share: the Anaplan clients (one per distinct connection and credentials, so one login each), the
 * per-model task queues, a small scheduler the task polls run on and a bounded pool for blocking work.
 */
@org.apache.camel.spi.annotations.Component("anaplan")
public class AnaplanComponent extends HealthCheckComponent {

    @Metadata(description = "Default options shared by all endpoints of this component.")
    private AnaplanConfiguration configuration = new AnaplanConfiguration();
    @Metadata(label = "advanced", defaultValue = "10",
              description = "Threads for blocking work shared by all endpoints: uploading bodies, writing downloads to files,"
                            + " resolving names and starting tasks. Waiting for tasks needs none of them.")
    private int workerPoolSize = 10;
    @Metadata(label = "advanced", defaultValue = "2",
              description = "Threads that send the status requests of all running tasks; no thread is held between two polls.")
    private int schedulerPoolSize = 2;

    private final AnaplanClients clients = new AnaplanClients();
    private final ModelTaskQueue modelTaskQueue = new ModelTaskQueue();
    private final InFlightTasks inFlightTasks = new InFlightTasks();
    private ExecutorService workerPool;
    private ScheduledExecutorService scheduler;

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

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (workerPoolSize < 1) {
            throw new IllegalArgumentException("workerPoolSize must be at least 1, was " + workerPoolSize);
        }
        if (schedulerPoolSize < 1) {
            throw new IllegalArgumentException("schedulerPoolSize must be at least 1, was " + schedulerPoolSize);
        }
        ExecutorServiceManager manager = getCamelContext().getExecutorServiceManager();
        ThreadPoolProfile workers = new ThreadPoolProfile("AnaplanWorker");
        workers.setPoolSize(workerPoolSize);
        workers.setMaxPoolSize(workerPoolSize);
        // Work items are small closures; exchanges waiting for their model queue do not hold a thread, so the
        // queue may grow with the number of exchanges in flight rather than reject them. (Camel reads a size of
        // zero or less as "no queue at all".)
        workers.setMaxQueueSize(Integer.MAX_VALUE);
        workers.setAllowCoreThreadTimeOut(true);
        workers.setKeepAliveTime(60L);
        workers.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        workerPool = manager.newThreadPool(this, "AnaplanWorker", workers);
        ThreadPoolProfile pollers = new ThreadPoolProfile("AnaplanPoller");
        pollers.setPoolSize(schedulerPoolSize);
        // One pending poll per task being waited for: the default limit of 1000 queued polls would reject the
        // 1001st concurrent task.
        pollers.setMaxQueueSize(Integer.MAX_VALUE);
        scheduler = manager.newScheduledThreadPool(this, "AnaplanPoller", pollers);
    }

    @Override
    protected void doStop() throws Exception {
        // Routes have stopped (graceful shutdown waited for their exchanges); fail what still waits, then release.
        inFlightTasks.abandonAll();
        clients.closeAll();
        ExecutorServiceManager manager = getCamelContext().getExecutorServiceManager();
        if (scheduler != null) {
            manager.shutdownNow(scheduler);
            scheduler = null;
        }
        if (workerPool != null) {
            manager.shutdownNow(workerPool);
            workerPool = null;
        }
        super.doStop();
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

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public int getSchedulerPoolSize() {
        return schedulerPoolSize;
    }

    public void setSchedulerPoolSize(int schedulerPoolSize) {
        this.schedulerPoolSize = schedulerPoolSize;
    }

    /** The clients this component holds; also read by the dev console. */
    public AnaplanClients getClients() {
        return clients;
    }

    public ModelTaskQueue getModelTaskQueue() {
        return modelTaskQueue;
    }

    public InFlightTasks getInFlightTasks() {
        return inFlightTasks;
    }

    /** The bounded pool for blocking work; null until the component starts. */
    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    /** The scheduler task polls run on; null until the component starts. */
    public ScheduledExecutorService getScheduler() {
        return scheduler;
    }
}
