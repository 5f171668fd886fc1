package io.github.camelanaplan.simulator.state;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an export's output as chunk files of a bounded size. Nothing is visible to readers until
 * {@link #close()} publishes all chunks at once; {@link #discard()} drops them instead.
 */
public final class ChunkedOutputStream extends OutputStream {

    /** Receives the finished chunks (index to size) when the stream is closed. */
    @FunctionalInterface
    interface Publisher {
        void publish(Map<Integer, Long> chunks) throws IOException;
    }

    private final Path dir;
    private final int chunkBytes;
    private final Publisher publisher;
    private final Map<Integer, Long> chunks = new LinkedHashMap<>();
    private OutputStream current;
    private long currentSize;
    private boolean closed;

    ChunkedOutputStream(Path dir, int chunkBytes, Publisher publisher) {
        this.dir = dir;
        this.chunkBytes = chunkBytes;
        this.publisher = publisher;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ensureOpen();
        while (len > 0) {
            if (current == null || currentSize == chunkBytes) {
                roll();
            }
            int n = (int) Math.min(len, chunkBytes - currentSize);
            current.write(b, off, n);
            currentSize += n;
            off += n;
            len -= n;
        }
    }

    /** Publishes the output; an empty export still yields one (empty) chunk, so downloads find content. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        if (current == null) {
            roll();
        }
        finishCurrent();
        closed = true;
        publisher.publish(chunks);
    }

    /** Drops everything written; the previous output stays visible. */
    public void discard() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (current != null) {
            current.close();
        }
        StoredFile.deleteTree(dir);
    }

    /** Chunks written so far, including the open one. */
    public int chunkCount() {
        return chunks.size();
    }

    private void roll() throws IOException {
        finishCurrent();
        int index = chunks.size();
        current = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve("chunk-" + index)), 64 * 1024);
        currentSize = 0;
        chunks.put(index, 0L);
    }

    private void finishCurrent() throws IOException {
        if (current != null) {
            current.close();
            chunks.put(chunks.size() - 1, currentSize);
            current = null;
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
    }
}
