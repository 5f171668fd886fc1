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
 * @param clientId    the client's id within the component, shown in the dev console
 * @param workers     bounded pool for blocking work (uploads, downloads to files, name resolution, task starts)
 * @param scheduler   small pool the task polls run on; no thread is held between polls
 */
public record ProducerServices(String endpointUri, AnaplanConfiguration configuration, AnaplanClient client, String clientId,
                               ExecutorService workers, ScheduledExecutorService scheduler, ModelTaskQueue modelQueue,
                               InFlightTasks inFlightTasks) {

    /**
     * Key of the model's queue. Anaplan runs one task per model whoever starts it, so every client of this component
     * that reaches the same Anaplan (endpoints with other credentials or another chunk size get their own client)
     * shares the model's queue.
     */
    public String modelQueueKey(String modelId) {
        return client.config().apiBaseUrl() + " " + modelId;
    }
}
