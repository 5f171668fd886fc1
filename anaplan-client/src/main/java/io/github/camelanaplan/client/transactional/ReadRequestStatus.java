package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * State of a large-volume read request ({@code listReadRequest} or {@code viewReadRequest}).
 *
 * @param requestId      request id
 * @param requestState   {@code NOT_STARTED}, {@code IN_PROGRESS}, {@code COMPLETE}, {@code CANCELLING},
 *                       {@code CANCELLED}
 * @param availablePages pages 0..availablePages-1 can be downloaded
 * @param successful     meaningful once {@code COMPLETE}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReadRequestStatus(String requestId, String requestState, int availablePages, boolean successful) {

    boolean complete() {
        return "COMPLETE".equals(requestState);
    }

    boolean cancelled() {
        return "CANCELLED".equals(requestState) || "CANCELLING".equals(requestState);
    }
}
