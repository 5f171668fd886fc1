package io.github.camelanaplan.client.transfer;

/** Downloads one chunk by id; called concurrently from transfer threads. */
@FunctionalInterface
public interface ChunkFetcher {

    /**
     * @param chunkId chunk id, e.g. "0"
     * @return the chunk's bytes
     * @throws io.github.camelanaplan.client.error.AnaplanException when the chunk cannot be fetched
     */
    byte[] fetch(String chunkId);
}
