package io.github.camelanaplan.client.transactional;

/**
 * How list writes are cut into requests.
 *
 * <p>Defaults: 10,000 entries per request and 2 requests in flight. Anaplan accepts up to 100,000 entries per call,
 * but a smaller batch keeps each request body around a megabyte, bounds memory to (in flight + 1) batches, and limits
 * what has to be reconciled after an ambiguous failure to one batch. Anaplan applies a model's writes one at a time
 * under its write lock, so more than 2-4 requests in flight only queue on the server; 2 overlaps one request's
 * network transfer with the other's processing.
 *
 * @param batchSize       entries per request, 1..100,000
 * @param batchesInFlight requests sent concurrently, 1..16
 */
public record WriteOptions(int batchSize, int batchesInFlight) {

    /** Anaplan's limit of entries per add, update or delete call. */
    public static final int MAX_BATCH_SIZE = 100_000;
    /** The defaults: 10,000 entries, 2 in flight. */
    public static final WriteOptions DEFAULT = new WriteOptions(10_000, 2);

    /** Validates the ranges. */
    public WriteOptions {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batchSize must be between 1 and " + MAX_BATCH_SIZE + ", was "
                    + batchSize);
        }
        if (batchesInFlight < 1 || batchesInFlight > 16) {
            throw new IllegalArgumentException("batchesInFlight must be between 1 and 16, was " + batchesInFlight);
        }
    }
}
