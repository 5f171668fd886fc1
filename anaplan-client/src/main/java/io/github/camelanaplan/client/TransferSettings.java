package io.github.camelanaplan.client;

/**
 * Chunked transfer settings.
 *
 * <p>Anaplan expects upload chunks of 1 to 50 MB (uncompressed) and at most 1,000 chunks per file. The default chunk
 * size of 8 MiB is a first estimate balancing request count against memory; it is expected to be tuned by
 * benchmarks. Memory used by one transfer is bounded by {@code chunkSize x chunksInFlight} (twice that while gzip
 * compresses, because a compressed copy exists beside the raw chunk), whatever the size of the file.
 *
 * @param chunkSize      bytes per upload chunk, 1 MiB (1048576) .. 50 MiB (52428800)
 * @param gzip           whether upload chunks are gzip-compressed ({@code application/x-gzip})
 * @param chunksInFlight chunks uploaded or downloaded in parallel per transfer, 1..32
 */
public record TransferSettings(int chunkSize, boolean gzip, int chunksInFlight) {

    /** Smallest accepted chunk size: 1 MiB. */
    public static final int MIN_CHUNK_SIZE = 1024 * 1024;
    /** Largest accepted chunk size: 50 MiB. */
    public static final int MAX_CHUNK_SIZE = 50 * 1024 * 1024;
    /** Defaults: 8 MiB chunks, gzip on, 4 chunks in flight. */
    public static final TransferSettings DEFAULT = new TransferSettings(8 * 1024 * 1024, true, 4);

    /**
     * Validates and normalises the components.
     *
     * @param chunkSize bytes per upload chunk, 1 MiB (1048576) .. 50 MiB (52428800)
     * @param gzip whether upload chunks are gzip-compressed ({@code application/x-gzip})
     * @param chunksInFlight chunks uploaded or downloaded in parallel per transfer, 1..32
     */
    public TransferSettings {
        if (chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
            throw new IllegalArgumentException("transfer.chunkSize must be between 1 MB (" + MIN_CHUNK_SIZE
                    + " bytes) and 50 MB (" + MAX_CHUNK_SIZE + " bytes), was " + chunkSize + " bytes");
        }
        ConfigValidation.inRange("transfer.chunksInFlight", chunksInFlight, 1, 32);
    }

    /** @return the maximal number of bytes one transfer keeps in memory for raw chunk data */
    public long memoryBound() {
        return (long) chunkSize * chunksInFlight;
    }
}
