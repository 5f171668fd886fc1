package io.github.camelanaplan.simulator.state;

import java.util.List;

/**
 * What one user sees of a file's content.
 *
 * @param chunkCount   as the files list reports it: the declared count, -1 while an unknown-count upload is
 *                     open, the real count after completion, a stale count after DELETE (like Anaplan)
 * @param chunkIds     ids {@code GET .../chunks} lists: placeholders 0..N-1 after declaring N (the Java
 *                     client uploads exactly these), the uploaded ids otherwise
 * @param complete     true when the content is usable by an import
 * @param size         bytes currently stored
 */
public record FileStatus(int chunkCount, List<Integer> chunkIds, boolean complete, long size) {

    public static final FileStatus NONE = new FileStatus(0, List.of(), false, 0);

    public FileStatus {
        chunkIds = List.copyOf(chunkIds);
    }
}
