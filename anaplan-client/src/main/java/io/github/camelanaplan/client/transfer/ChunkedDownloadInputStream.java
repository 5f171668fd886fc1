package io.github.camelanaplan.client.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * Reads a chunked Anaplan file or dump as one stream. Chunks are fetched ahead in parallel on the transfer threads,
 * but bytes are delivered strictly in chunk order. At most {@code chunksInFlight} chunks are held or being fetched at
 * any time (the one being read included), so memory is bounded by that number times the server's chunk size. The
 * arrays of chunks read to their end are reused for the chunks fetched after them.
 *
 * <p>A failed chunk surfaces as an {@link IOException} whose cause is the
 * {@link io.github.camelanaplan.client.error.AnaplanException}. Closing the stream early cancels the fetches still
 * outstanding. Not thread-safe, like most streams.
 */
public final class ChunkedDownloadInputStream extends InputStream {

    private final List<String> chunkIds;
    private final ChunkFetcher fetcher;
    private final ExecutorService executor;
    private final int inFlight;
    private final RecycledChunkBuffers buffers;
    private final Deque<Future<byte[]>> ahead = new ArrayDeque<>();
    private int nextToFetch;
    private byte[] current;
    private int position;
    private boolean closed;

    /**
     * @param chunkIds chunk ids in file order
     * @param fetcher  downloads one chunk
     * @param executor transfer threads
     * @param inFlight chunks held or fetched at once, at least 1
     */
    public ChunkedDownloadInputStream(List<String> chunkIds, ChunkFetcher fetcher, ExecutorService executor,
                                      int inFlight) {
        this.chunkIds = List.copyOf(chunkIds);
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.executor = Objects.requireNonNull(executor, "executor");
        if (inFlight < 1) {
            throw new IllegalArgumentException("inFlight must be at least 1, was " + inFlight);
        }
        this.inFlight = inFlight;
        // one array per chunk in flight, plus the one being read while the window refills
        this.buffers = new RecycledChunkBuffers(inFlight + 1);
    }

    /** @return number of chunks this stream delivers */
    public int chunkCount() {
        return chunkIds.size();
    }

    @Override
    public int read() throws IOException {
        if (!ensureData()) {
            return -1;
        }
        return current[position++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        if (!ensureData()) {
            return -1;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, target, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        return current == null ? 0 : current.length - position;
    }

    /** Moves to the next non-empty chunk when the current one is used up; false at the end. */
    private boolean ensureData() throws IOException {
        ensureOpen();
        while (current == null || position >= current.length) {
            if (current != null) {
                buffers.recycle(current);
                current = null;
            }
            fillWindow();
            Future<byte[]> next = ahead.poll();
            if (next == null) {
                return false;
            }
            current = await(next);
            position = 0;
        }
        return true;
    }

    private void fillWindow() throws IOException {
        while (ahead.size() < inFlight && nextToFetch < chunkIds.size()) {
            String id = chunkIds.get(nextToFetch++);
            try {
                ahead.add(executor.submit(() -> fetcher.fetch(id, buffers)));
            } catch (RejectedExecutionException e) {
                throw new IOException("cannot fetch chunk " + id + ": the client is closed", e);
            }
        }
    }

    private byte[] await(Future<byte[]> future) throws IOException {
        try {
            byte[] bytes = future.get();
            return bytes == null ? new byte[0] : bytes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new InterruptedIOException("interrupted while waiting for a chunk");
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            throw new IOException("chunk download failed: " + (cause == null ? e : cause.getMessage()),
                    cause == null ? e : cause);
        } catch (CancellationException e) {
            throw new IOException("chunk download was cancelled", e);
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
    }

    /** Cancels outstanding fetches and releases the chunks held. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Future<byte[]> future : ahead) {
            future.cancel(true);
        }
        ahead.clear();
        current = null;
    }
}
