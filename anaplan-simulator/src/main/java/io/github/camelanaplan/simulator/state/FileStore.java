package io.github.camelanaplan.simulator.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * File content on disk, per model, file and owner. Bytes are streamed in and out and never held whole in
 * memory, so gigabyte uploads work.
 *
 * <p>Ownership: uploads belong to the uploading user; other users keep seeing the default content (from the
 * model file) until they upload their own. Reads by a user fall back to {@link #DEFAULT_OWNER}'s content when
 * the user has none.
 */
public final class FileStore implements AutoCloseable {

    /** Owner key of the content every user sees until they upload their own. */
    public static final String DEFAULT_OWNER = "default";

    /** Anaplan expects chunks of at most 50 MB uncompressed. */
    public static final long MAX_CHUNK_BYTES = 50L * 1024 * 1024;

    /** Anaplan accepts at most 1,000 chunks per file (ids 0..999). */
    public static final int MAX_CHUNKS = 1000;

    /** Export output is cut into chunks of this size, small enough that clients download in parallel. */
    public static final int EXPORT_CHUNK_BYTES = 4 * 1024 * 1024;

    private static final int COPY_BUFFER = 128 * 1024;

    private final Path root;
    private final Map<ContentKey, StoredFile> contents = new ConcurrentHashMap<>();

    public FileStore(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    /** The directory holding all file content; other on-disk state of the simulator lives beside it. */
    public Path root() {
        return root;
    }

    private record ContentKey(String modelId, String fileId, String owner) {
    }

    // ---------------------------------------------------------------- uploads

    /** Starts a (re)upload by {@code owner} with a known count N or -1; discards that owner's staged chunks. */
    public FileStatus declare(String modelId, String fileId, String owner, int chunkCount) throws IOException {
        StoredFile file = stored(modelId, fileId, owner);
        file.declare(chunkCount);
        return file.status();
    }

    /**
     * Stores one chunk, gunzipping on the fly when {@code gzip}. Chunks may arrive in any order and in
     * parallel. An owner who never declared an upload gets an implicit unknown-count upload.
     *
     * @throws ChunkTooLargeException when the uncompressed chunk exceeds {@link #MAX_CHUNK_BYTES}
     * @throws java.util.zip.ZipException on corrupt gzip data
     */
    public void writeChunk(String modelId, String fileId, String owner, int index, InputStream body, boolean gzip)
            throws IOException {
        if (index < 0 || index >= MAX_CHUNKS) {
            throw new IllegalArgumentException("chunk index out of range: " + index);
        }
        StoredFile file = stored(modelId, fileId, owner);
        if (file.directory() == null) {
            file.declare(-1);
        }
        long generation = file.generation();
        Path dir = file.directory();
        Path temp = Files.createTempFile(dir, "upload-", ".part");
        long size;
        try (InputStream in = gzip ? new GZIPInputStream(body, 64 * 1024) : body;
             OutputStream out = Files.newOutputStream(temp)) {
            size = copyLimited(in, out, MAX_CHUNK_BYTES, index);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        file.commitChunk(generation, index, temp, size);
    }

    /** Ends an unknown-count upload; returns the resulting chunk count. */
    public int complete(String modelId, String fileId, String owner) {
        return stored(modelId, fileId, owner).complete();
    }

    /** Single-request upload of the whole file: one chunk, immediately complete. */
    public void writeWhole(String modelId, String fileId, String owner, InputStream body) throws IOException {
        StoredFile file = stored(modelId, fileId, owner);
        long generation = file.declare(1);
        Path temp = Files.createTempFile(file.directory(), "upload-", ".part");
        long size;
        try (OutputStream out = Files.newOutputStream(temp)) {
            size = copyLimited(body, out, Long.MAX_VALUE, 0);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        file.commitChunk(generation, 0, temp, size);
        file.complete();
    }

    /** Removes the owner's uploaded content; the owner then sees no content, not the default. */
    public void delete(String modelId, String fileId, String owner) throws IOException {
        stored(modelId, fileId, owner).delete();
    }

    /** Installs the content every user sees by default (from the model file). */
    public void putDefault(String modelId, String fileId, InputStream content) throws IOException {
        writeWhole(modelId, fileId, DEFAULT_OWNER, content);
    }

    /**
     * Opens a writer for an export's output, owned by {@code owner}. Output is cut into chunks of
     * {@link #EXPORT_CHUNK_BYTES}; it replaces the previous output only when the stream is closed, so the
     * files list shows the right {@code chunkCount} as soon as the export completes. Call
     * {@link ChunkedOutputStream#discard()} instead of closing to drop a failed export.
     */
    public ChunkedOutputStream openOutput(String modelId, String fileId, String owner) throws IOException {
        return openOutput(modelId, fileId, owner, EXPORT_CHUNK_BYTES);
    }

    public ChunkedOutputStream openOutput(String modelId, String fileId, String owner, int chunkBytes)
            throws IOException {
        StoredFile file = stored(modelId, fileId, owner);
        long generation = file.nextGeneration();
        Path dir = Files.createDirectories(ownerDir(modelId, fileId, owner).resolve("g" + generation));
        return new ChunkedOutputStream(dir, chunkBytes, chunks -> file.replaceWith(generation, dir, chunks));
    }

    // ---------------------------------------------------------------- reads (owner, else default content)

    /** What {@code user} sees: their own content if they have any (even deleted), else the default content. */
    public FileStatus status(String modelId, String fileId, String user) {
        return visible(modelId, fileId, user).map(StoredFile::status).orElse(FileStatus.NONE);
    }

    /** One chunk as {@code user} sees it. */
    public Optional<Content> openChunk(String modelId, String fileId, String user, int index) throws IOException {
        Optional<StoredFile.ChunkFile> chunk = visible(modelId, fileId, user).flatMap(f -> f.chunk(index));
        if (chunk.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Content(chunk.get().size(), chunk.get().open()));
    }

    /** All stored chunks concatenated; empty when nothing is stored (the API answers 404). */
    public Optional<Content> openAll(String modelId, String fileId, String user) throws IOException {
        Optional<StoredFile> file = visible(modelId, fileId, user);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        return concatenate(file.get().allChunks());
    }

    /**
     * The completed content of a file as an import sees it for {@code user}; empty when no upload finished
     * ("source file not uploaded or not marked complete").
     */
    public Optional<Content> openCompleted(String modelId, String fileId, String user) throws IOException {
        Optional<StoredFile> file = visible(modelId, fileId, user);
        if (file.isEmpty() || !file.get().completeContent()) {
            return Optional.empty();
        }
        return concatenate(file.get().allChunks());
    }

    /** A stream with its length, for Content-Length. */
    public record Content(long size, InputStream stream) {
    }

    @Override
    public void close() {
        contents.clear();
        StoredFile.deleteTree(root);
    }

    // ---------------------------------------------------------------- internals

    private Optional<StoredFile> visible(String modelId, String fileId, String user) {
        StoredFile own = contents.get(new ContentKey(modelId, fileId, user));
        if (own != null && own.directory() != null) {
            return Optional.of(own);
        }
        StoredFile shared = contents.get(new ContentKey(modelId, fileId, DEFAULT_OWNER));
        return Optional.ofNullable(shared != null && shared.directory() != null ? shared : null);
    }

    private StoredFile stored(String modelId, String fileId, String owner) {
        return contents.computeIfAbsent(new ContentKey(modelId, fileId, owner),
                key -> new StoredFile(ownerDir(modelId, fileId, owner)));
    }

    private Path ownerDir(String modelId, String fileId, String owner) {
        return root.resolve(safe(modelId)).resolve(safe(fileId)).resolve(safe(owner));
    }

    /** Path segments come from URLs; anything unusual is hex-encoded so it cannot escape the data directory. */
    private static String safe(String segment) {
        if (segment.matches("[A-Za-z0-9_-]{1,64}")) {
            return segment;
        }
        return "x" + java.util.HexFormat.of().formatHex(segment.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Optional<Content> concatenate(List<StoredFile.ChunkFile> chunks) throws IOException {
        if (chunks.isEmpty()) {
            return Optional.empty();
        }
        // Opened eagerly: a concurrent re-upload may delete the files, and open files survive deletion.
        List<InputStream> streams = new ArrayList<>();
        long size = 0;
        try {
            for (StoredFile.ChunkFile chunk : chunks) {
                streams.add(chunk.open());
                size += chunk.size();
            }
        } catch (IOException e) {
            for (InputStream stream : streams) {
                stream.close();
            }
            throw e;
        }
        return Optional.of(new Content(size, new SequenceInputStream(Collections.enumeration(streams))));
    }

    private static long copyLimited(InputStream in, OutputStream out, long limit, int index) throws IOException {
        byte[] buffer = new byte[COPY_BUFFER];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total > limit) {
                throw new ChunkTooLargeException("Chunk " + index + " is larger than 50 MB uncompressed (limit "
                        + limit + " bytes); split the file into smaller chunks");
            }
            out.write(buffer, 0, read);
        }
        return total;
    }
}
