package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.http.RetryMode;
import io.github.camelanaplan.client.metadata.ModuleInfo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Writes module cells ({@code POST /models/{m}/modules/{moduleId}/data}) in requests of at most
 * {@code cellsPerRequest} entries, one request at a time. Default 1,000 cells per request, the figure of Anaplan's
 * documentation (another source names 100,000); raise it to at most 100,000 where the tenant accepts more. A cell
 * write sets values, so repeating it after an ambiguous failure is safe and the transport retries it; such a repeat
 * can only lower {@code numberOfCellsChanged}, as cells already holding the value do not count.
 */
public final class CellWriter {

    /** The documented per-request limit, used by default. */
    public static final int DEFAULT_CELLS_PER_REQUEST = 1_000;
    /** The largest request accepted here. */
    public static final int MAX_CELLS_PER_REQUEST = 100_000;

    private final ModelClient model;
    private final ModelRequests requests;
    private final int cellsPerRequest;

    CellWriter(ModelClient model, ModelRequests requests, int cellsPerRequest) {
        if (cellsPerRequest < 1 || cellsPerRequest > MAX_CELLS_PER_REQUEST) {
            throw new IllegalArgumentException("cellsPerRequest must be between 1 and " + MAX_CELLS_PER_REQUEST
                    + ", was " + cellsPerRequest);
        }
        this.model = model;
        this.requests = requests;
        this.cellsPerRequest = cellsPerRequest;
    }

    /**
     * @param value cells per request, 1..100,000
     * @return a writer using that limit
     */
    public CellWriter withCellsPerRequest(int value) {
        return new CellWriter(model, requests, value);
    }

    /** @return cells per request */
    public int cellsPerRequest() {
        return cellsPerRequest;
    }

    /**
     * @param module module id or name
     * @param cells  cells, consumed lazily
     * @return cells changed and per-entry failures with input indexes
     */
    public CellWriteResult writeCells(String module, Iterator<CellWrite> cells) {
        ModuleInfo info = model.resolveModule(module);
        String url = requests.directUrl("modules", info.id(), "data");
        long changed = 0;
        long sent = 0;
        int requestCount = 0;
        List<ItemFailure> failures = new ArrayList<>();
        List<CellWrite> batch = new ArrayList<>();
        while (cells.hasNext() || !batch.isEmpty()) {
            if (cells.hasNext()) {
                batch.add(Objects.requireNonNull(cells.next(), "null cell at input index " + (sent + batch.size())));
                if (batch.size() < cellsPerRequest && cells.hasNext()) {
                    continue;
                }
            }
            long offset = sent;
            JsonNode response = requests.send("POST", url, batch, RetryMode.IDEMPOTENT, "write " + batch.size()
                    + " cells of module '" + info.name() + "' (" + info.id() + ")", "write access to the module");
            changed += response.path("numberOfCellsChanged").asLong();
            for (JsonNode failure : response.path("failures")) {
                int requestIndex = failure.path("requestIndex").asInt(-1);
                failures.add(new ItemFailure(requestIndex < 0 ? -1 : offset + requestIndex,
                        failure.path("failureType").asText(null), failure.path("failureMessageDetails").asText(null)));
            }
            sent += batch.size();
            requestCount++;
            batch = new ArrayList<>();
        }
        return new CellWriteResult(changed, sent, requestCount, failures);
    }
}
