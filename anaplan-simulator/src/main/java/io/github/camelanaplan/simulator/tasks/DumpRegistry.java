package io.github.camelanaplan.simulator.tasks;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which task owns the current failure dump of an import, per model and user. Anaplan keeps one dump per
 * user and import: the next failing run overwrites it, the next clean run deletes it, and older tasks that
 * reported {@code failureDumpAvailable: true} then answer 404. The content lives in the {@code FileStore}
 * under {@link #fileId(String)}, owned by the user.
 */
final class DumpRegistry {

    /** Dump chunks are at most 10 MB. */
    static final int CHUNK_BYTES = 10_000_000;

    private final Map<Key, String> owners = new ConcurrentHashMap<>();

    private record Key(String modelId, String userId, String importId) {
    }

    /** The FileStore id of an import's dump; cannot clash with model file ids, which are all digits. */
    static String fileId(String importId) {
        return "dump-" + importId;
    }

    void register(String modelId, String userId, String importId, String taskId) {
        owners.put(new Key(modelId, userId, importId), taskId);
    }

    /** Forgets the dump; true when there was one. */
    boolean remove(String modelId, String userId, String importId) {
        return owners.remove(new Key(modelId, userId, importId)) != null;
    }

    /** The task whose dump of this import the user can download. */
    Optional<String> owner(String modelId, String userId, String importId) {
        return Optional.ofNullable(owners.get(new Key(modelId, userId, importId)));
    }
}
