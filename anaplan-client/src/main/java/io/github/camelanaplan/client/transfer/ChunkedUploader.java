package io.github.camelanaplan.client.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.client.TransferSettings;
import io.github.camelanaplan.client.error.AnaplanException;
import io.github.camelanaplan.client.http.ApiRequest;
import io.github.camelanaplan.client.http.RequestBody;
import io.github.camelanaplan.client.http.Transport;
import io.github.camelanaplan.client.http.Urls;
import io.github.camelanaplan.client.metadata.FileInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Uploads a stream to an Anaplan file in chunks.
 *
 * <p>The stream is read sequentially, one chunk-sized buffer at a time, and each chunk is sent by a transfer thread
 * (gzip-compressed when configured) while the next one is read. At most {@code chunksInFlight} chunks exist at any
 * time, so memory stays bounded whatever the stream's length. A failing chunk is retried on its own by the
 * transport; if it still fails, no further chunk is read, the chunks in flight are allowed to finish, and the upload
 * fails without marking the file complete.
 *
 * <p>With an unknown length the file is declared with {@code chunkCount: -1} and completed with
 * {@code POST .../complete} once every chunk is in; with a known length the count is declared up front and no
 * completion call is needed.
 */
public final class ChunkedUploader {

    /** Anaplan accepts at most this many chunks per file. */
    public static final int MAX_CHUNKS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(ChunkedUploader.class);

    private final Transport transport;
    private final ExecutorService executor;
    private final TransferSettings settings;

    /**
     * @param transport transport
     * @param executor  transfer threads (shared by the client's transfers)
     * @param settings  chunk size, gzip, parallelism
     */
    public ChunkedUploader(Transport transport, ExecutorService executor, TransferSettings settings) {
        this.transport = transport;
        this.executor = executor;
        this.settings = settings;
    }

    /**
     * @param fileUrl     {@code .../workspaces/{w}/models/{m}/files/{fileId}}
     * @param fileId      the file id
     * @param in          data; read to its end but not closed
     * @param knownLength exact number of bytes {@code in} will deliver, or -1 when unknown
     * @return what was uploaded
     */
    public UploadResult upload(String fileUrl, String fileId, InputStream in, long knownLength) {
        int chunkSize = settings.chunkSize();
        int declared = -1;
        if (knownLength >= 0) {
            long chunks = Math.max(1L, (knownLength + chunkSize - 1) / chunkSize);
            if (chunks > MAX_CHUNKS) {
                throw new IllegalArgumentException("a file of " + knownLength + " bytes needs " + chunks + " chunks of "
                        + chunkSize + " bytes but Anaplan accepts at most " + MAX_CHUNKS + "; raise the chunk size (at most 50 MB)");
            }
            declared = (int) chunks;
        }
        FileInfo declaredFile = declare(fileUrl, fileId, declared);
        Run run = new Run(fileUrl, fileId);
        int chunks = run.sendAll(in, declared);
        if (declared >= 0 && chunks != declared) {
            throw new AnaplanException("the upload stream for file " + fileId + " delivered " + run.bytesRead.get()
                    + " bytes, not the " + knownLength + " declared; the file was not completed");
        }
        FileInfo file = declared < 0 ? complete(fileUrl, fileId) : declaredFile;
        LOG.debug("uploaded {} bytes ({} on the wire) to file {} in {} chunks", run.bytesRead.get(),
                run.bytesSent.get(), fileId, chunks);
        return new UploadResult(fileId, chunks, run.bytesRead.get(), run.bytesSent.get(), file);
    }

    private FileInfo declare(String fileUrl, String fileId, int chunkCount) {
        byte[] body = transport.json().write(Map.of("chunkCount", chunkCount));
        ApiRequest request = ApiRequest.builder("POST", fileUrl)
                .body(RequestBody.of(body, "application/json"))
                .operation("declare upload of " + (chunkCount < 0 ? "an unknown number of" : chunkCount)
                        + " chunks to file " + fileId)
                .requiredRight("a model role allowed to upload to this file")
                .build();
        return transport.execute(request, response -> fileFrom(response.body()));
    }

    private FileInfo complete(String fileUrl, String fileId) {
        // a /complete without a body was answered with 500 by the live service, so the id is always sent
        byte[] body = transport.json().write(Map.of("id", fileId));
        ApiRequest request = ApiRequest.builder("POST", fileUrl + "/complete")
                .body(RequestBody.of(body, "application/json"))
                .operation("complete upload of file " + fileId)
                .requiredRight("a model role allowed to upload to this file")
                .build();
        return transport.execute(request, response -> fileFrom(response.body()));
    }

    private FileInfo fileFrom(byte[] body) throws IOException {
        if (body.length == 0) {
            return null;
        }
        JsonNode file = transport.json().tree(body).path("file");
        return file.isObject() ? transport.json().bind(file, FileInfo.class) : null;
    }

    /** State of one upload: permits, buffers, first failure, counters. */
    private final class Run {
        private final String fileUrl;
        private final String fileId;
        private final Semaphore permits = new Semaphore(settings.chunksInFlight());
        private final BufferPool buffers = new BufferPool(settings.chunkSize(), settings.chunksInFlight());
        /** Gzip output of the chunks in flight, kept for the next chunks instead of a new array per chunk. */
        private final BlockingQueue<ReusableOutputStream> compressedBuffers =
                new ArrayBlockingQueue<>(settings.chunksInFlight());
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final AtomicLong bytesRead = new AtomicLong();
        private final AtomicLong bytesSent = new AtomicLong();

        Run(String fileUrl, String fileId) {
            this.fileUrl = fileUrl;
            this.fileId = fileId;
        }

        int sendAll(InputStream in, int declared) {
            int index = 0;
            try {
                while (failure.get() == null) {
                    permits.acquire();
                    if (failure.get() != null) {
                        permits.release();
                        break;
                    }
                    byte[] buffer = buffers.take();
                    int length;
                    try {
                        length = readFully(in, buffer);
                    } catch (IOException e) {
                        release(buffer);
                        failure.compareAndSet(null, new AnaplanException("reading the upload stream for file "
                                + fileId + " failed after " + bytesRead.get() + " bytes: " + e.getMessage(), e));
                        break;
                    }
                    if (length == 0 && index > 0) {
                        release(buffer);
                        break;
                    }
                    if (index >= MAX_CHUNKS) {
                        release(buffer);
                        failure.compareAndSet(null, new AnaplanException("the upload stream for file " + fileId
                                + " is longer than " + MAX_CHUNKS + " chunks of " + settings.chunkSize()
                                + " bytes, Anaplan's limit; raise the chunk size (at most 50 MB)"));
                        break;
                    }
                    if (declared >= 0 && index >= declared) {
                        release(buffer);
                        failure.compareAndSet(null, new AnaplanException("the upload stream for file " + fileId
                                + " delivered more bytes than declared"));
                        break;
                    }
                    bytesRead.addAndGet(length);
                    submit(String.valueOf(index), buffer, length);
                    index++;
                    if (length < buffer.length) {
                        break;
                    }
                }
                permits.acquire(settings.chunksInFlight());
                permits.release(settings.chunksInFlight());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, new AnaplanException("upload to file " + fileId + " was interrupted", e));
            }
            Throwable failed = failure.get();
            if (failed instanceof AnaplanException anaplan) {
                throw anaplan;
            }
            if (failed != null) {
                throw new AnaplanException("upload to file " + fileId + " failed: " + failed, failed);
            }
            return index;
        }

        private void submit(String chunkId, byte[] buffer, int length) {
            try {
                executor.execute(() -> {
                    try {
                        if (failure.get() == null) {
                            put(chunkId, buffer, length);
                        }
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    } finally {
                        release(buffer);
                    }
                });
            } catch (RejectedExecutionException e) {
                release(buffer);
                failure.compareAndSet(null, new AnaplanException("upload to file " + fileId
                        + " cannot continue: the client is closed", e));
            }
        }

        private void put(String chunkId, byte[] buffer, int length) throws IOException {
            if (!settings.gzip()) {
                send(chunkId, new RequestBody(buffer, 0, length, "application/octet-stream"));
                return;
            }
            ReusableOutputStream compressed = compressedBuffers.poll();
            if (compressed == null) {
                // text compresses to about a third at level 1; the array grows once if a chunk does not
                compressed = new ReusableOutputStream(Math.max(1024, length / 2));
            }
            try {
                compressed.reset();
                try (GZIPOutputStream gzip = new FastGzipOutputStream(compressed)) {
                    gzip.write(buffer, 0, length);
                }
                send(chunkId, new RequestBody(compressed.array(), 0, compressed.length(), "application/x-gzip"));
            } finally {
                // the request is done with the array, retries included
                compressedBuffers.offer(compressed);
            }
        }

        private void send(String chunkId, RequestBody body) {
            ApiRequest request = ApiRequest.builder("PUT", Urls.of(fileUrl, "chunks", chunkId))
                    .body(body)
                    .accept(null)
                    .operation("upload chunk " + chunkId + " of file " + fileId)
                    .requiredRight("a model role allowed to upload to this file")
                    .build();
            transport.execute(request, response -> null);
            bytesSent.addAndGet(body.length());
        }

        private void release(byte[] buffer) {
            buffers.give(buffer);
            permits.release();
        }
    }

    /**
     * Gzip at the fastest level. Compression runs on the client's cores and usually limits a compressed upload:
     * on the benchmark CSV, level 1 compressed 2.4 times faster than the default level 6 and sent about 16% more
     * bytes (see docs/benchmarks.md), which is the better trade wherever the link carries more than a few MB/s.
     */
    private static final class FastGzipOutputStream extends GZIPOutputStream {
        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static int readFully(InputStream in, byte[] buffer) throws IOException {
        int total = 0;
        while (total < buffer.length) {
            int read = in.read(buffer, total, buffer.length - total);
            if (read < 0) {
                break;
            }
            total += read;
        }
        return total;
    }
}
