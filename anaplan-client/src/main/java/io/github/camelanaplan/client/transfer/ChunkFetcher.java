package io.github.camelanaplan.client.transfer;

import io.github.camelanaplan.client.http.BodyBuffers;

/** Downloads one chunk by id; called concurrently from transfer threads. */
@FunctionalInterface
public interface ChunkFetcher {

    /**
     * @param chunkId chunk id, e.g. "0"
     * @param buffers where the chunk's body is to be read into (arrays of chunks already read, when sizes match)
     * @return the chunk's bytes
     * @throws io.github.camelanaplan.client.error.AnaplanException when the chunk cannot be fetched
     */
    byte[] fetch(String chunkId, BodyBuffers buffers);
}
