package io.github.camelanaplan.client.transfer;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reusable chunk buffers, allocated lazily up to a fixed count, so a long upload does not churn through gigabytes
 * of short-lived arrays. Callers bound the number of buffers in use with their own semaphore.
 */
final class BufferPool {

    private final int bufferSize;
    private final BlockingQueue<byte[]> free;

    BufferPool(int bufferSize, int capacity) {
        this.bufferSize = bufferSize;
        this.free = new ArrayBlockingQueue<>(capacity);
    }

    byte[] take() {
        byte[] buffer = free.poll();
        return buffer != null ? buffer : new byte[bufferSize];
    }

    void give(byte[] buffer) {
        // a full pool means more buffers were taken than the caller's permits allow; let the extra one go
        free.offer(buffer);
    }
}
