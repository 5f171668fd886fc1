package io.github.camelanaplan.client.transactional;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.PollSchedule;
import io.github.camelanaplan.client.http.Transport;

import java.util.concurrent.ExecutorService;

/**
 * Entry to the transactional API of one model: {@link #lists()}, {@link #views()}, {@link #cells()}. Obtained from
 * {@link ModelClient#transactional()}; shares the model client's connections, token, retries and threads.
 */
public final class TransactionalClient {

    private final ModelClient model;
    private final ModelRequests requests;
    private final ExecutorService executor;
    private final PollSchedule polls;

    /**
     * @param model      the model
     * @param transport  the shared transport
     * @param apiBaseUrl Integration API base URL
     * @param executor   bounded pool that runs list-write batches
     * @param polls      schedule for polling read requests
     */
    public TransactionalClient(ModelClient model, Transport transport, String apiBaseUrl, ExecutorService executor,
                               PollSchedule polls) {
        this.model = model;
        this.requests = new ModelRequests(transport, apiBaseUrl, model.workspaceId(), model.modelId());
        this.executor = executor;
        this.polls = polls;
    }

    /** @return list metadata, items and writes, with {@link WriteOptions#DEFAULT} */
    public ListClient lists() {
        return new ListClient(model, requests, executor, polls, WriteOptions.DEFAULT);
    }

    /** @return view metadata and data */
    public ViewClient views() {
        return new ViewClient(model, requests, polls);
    }

    /** @return cell writes, {@value CellWriter#DEFAULT_CELLS_PER_REQUEST} cells per request */
    public CellWriter cells() {
        return new CellWriter(model, requests, CellWriter.DEFAULT_CELLS_PER_REQUEST);
    }
}
