package io.github.camelanaplan.client.transfer;

import io.github.camelanaplan.client.http.BodyBuffers;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Chunk arrays one download hands back once their bytes were read, for the fetches of later chunks. Anaplan cuts a
 * file into chunks of one size (only the last is shorter), so an array is reused when its length matches and
 * dropped otherwise. Shared by the transfer threads (allocate) and the reader (recycle).
 */
final class RecycledChunkBuffers implements BodyBuffers {

    private final BlockingQueue<byte[]> free;

    /** @param capacity arrays kept for reuse; more are let go */
    RecycledChunkBuffers(int capacity) {
        this.free = new ArrayBlockingQueue<>(capacity);
    }

    @Override
    public byte[] allocate(int length) {
        byte[] spare = free.poll();
        return spare != null && spare.length == length ? spare : new byte[length];
    }

    /** @param buffer an array whose bytes nobody reads any more */
    void recycle(byte[] buffer) {
        if (buffer.length > 0) {
            free.offer(buffer);
        }
    }
}
