package io.github.camelanaplan.component.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.component.AnaplanConfiguration;

/**
 * What the operation handlers of one producer work with: the endpoint's options and client, and the component's
 * shared threads, model queues and task registry.
 *
 * @param endpointUri sanitized endpoint URI, for log lines
 * @param clientId    the client's id within the component (keys the model queues)
 * @param workers     bounded pool for blocking work (uploads, downloads to files, name resolution, task starts)
 * @param scheduler   small pool the task polls run on; no thread is held between polls
 */
public record ProducerServices(String endpointUri, AnaplanConfiguration configuration, AnaplanClient client, String clientId,
                               ExecutorService workers, ScheduledExecutorService scheduler, ModelTaskQueue modelQueue,
                               InFlightTasks inFlightTasks) {

    /** Key of the model's queue: tasks of one client on one model run one after another. */
    public String modelQueueKey(String modelId) {
        return clientId + "/" + modelId;
    }
}
