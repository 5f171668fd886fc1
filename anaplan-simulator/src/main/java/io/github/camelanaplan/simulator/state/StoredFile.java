package io.github.camelanaplan.simulator.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One owner's content of one file: chunk files in a generation directory plus the upload state. Declaring a
 * new upload starts a new generation, so a chunk still being written for the old one cannot leak into it.
 */
final class StoredFile {

    private final Path ownerDir;
    private long generation;
    private Path dir;
    private int declaredCount;
    private boolean completed;
    private boolean deleted;
    private int staleCount;
    private final TreeMap<Integer, Long> chunks = new TreeMap<>();

    StoredFile(Path ownerDir) {
        this.ownerDir = ownerDir;
    }

    /** Starts a new upload: {@code chunkCount} N (known) or -1 (unknown until completed). */
    synchronized long declare(int chunkCount) throws IOException {
        resetGeneration();
        declaredCount = chunkCount;
        return generation;
    }

    synchronized long generation() {
        return generation;
    }

    synchronized Path directory() {
        return dir;
    }

    /** Moves a finished temporary chunk into place, unless the upload was re-declared meanwhile. */
    synchronized boolean commitChunk(long expectedGeneration, int index, Path temp, long size) throws IOException {
        if (expectedGeneration != generation || dir == null) {
            Files.deleteIfExists(temp);
            return false;
        }
        Files.move(temp, chunkPath(index), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        chunks.put(index, size);
        deleted = false;
        return true;
    }

    /** Fixes the count of an unknown-count upload to what was uploaded. */
    synchronized int complete() {
        declaredCount = chunks.size();
        completed = true;
        return declaredCount;
    }

    /** Replaces all content with already written chunk files from a fresh generation directory. */
    synchronized void replaceWith(long newGeneration, Path newDir, Map<Integer, Long> newChunks) throws IOException {
        Path old = dir;
        generation = newGeneration;
        dir = newDir;
        chunks.clear();
        chunks.putAll(newChunks);
        declaredCount = newChunks.size();
        completed = true;
        deleted = false;
        deleteTree(old);
    }

    synchronized long nextGeneration() {
        return ++generation;
    }

    synchronized void delete() throws IOException {
        staleCount = status().chunkCount();
        resetGeneration();
        deleted = true;
        declaredCount = 0;
    }

    synchronized FileStatus status() {
        if (deleted) {
            return new FileStatus(staleCount, List.of(), false, 0);
        }
        List<Integer> ids = new ArrayList<>();
        if (declaredCount >= 0 && !completed) {
            for (int i = 0; i < declaredCount; i++) {
                ids.add(i);
            }
        } else {
            ids.addAll(chunks.keySet());
        }
        long size = chunks.values().stream().mapToLong(Long::longValue).sum();
        return new FileStatus(declaredCount, ids, isComplete(), size);
    }

    private boolean isComplete() {
        if (deleted) {
            return false;
        }
        if (completed) {
            return true;
        }
        if (declaredCount <= 0) {
            return false;
        }
        for (int i = 0; i < declaredCount; i++) {
            if (!chunks.containsKey(i)) {
                return false;
            }
        }
        return true;
    }

    synchronized Optional<ChunkFile> chunk(int index) {
        Long size = chunks.get(index);
        if (size == null || deleted) {
            return Optional.empty();
        }
        return Optional.of(new ChunkFile(chunkPath(index), size));
    }

    /** Every stored chunk in order; empty when nothing is stored. */
    synchronized List<ChunkFile> allChunks() {
        if (deleted) {
            return List.of();
        }
        List<ChunkFile> result = new ArrayList<>();
        chunks.forEach((index, size) -> result.add(new ChunkFile(chunkPath(index), size)));
        return result;
    }

    synchronized boolean completeContent() {
        return isComplete();
    }

    private Path chunkPath(int index) {
        return dir.resolve("chunk-" + index);
    }

    private void resetGeneration() throws IOException {
        Path old = dir;
        generation++;
        dir = ownerDir.resolve("g" + generation);
        Files.createDirectories(dir);
        chunks.clear();
        completed = false;
        deleted = false;
        deleteTree(old);
    }

    /** Best effort: readers may still hold the files open; everything goes when the data directory is removed. */
    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // left for the final cleanup of the data directory
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // left for the final cleanup of the data directory
        }
    }

    /** A stored chunk on disk. */
    record ChunkFile(Path path, long size) {

        InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }
}
