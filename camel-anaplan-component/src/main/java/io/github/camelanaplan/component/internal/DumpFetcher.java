package io.github.camelanaplan.component.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.error.AnaplanException;
import io.github.camelanaplan.client.task.ActionKind;
import io.github.camelanaplan.client.task.TaskHandle;
import io.github.camelanaplan.client.task.TaskResult;
import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.component.DumpMode;
import org.apache.camel.Exchange;
import org.apache.camel.converter.stream.CachedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the failure dumps of a finished task, as the endpoint's {@code dumpMode} asks. Runs on a worker thread
 * while the task still holds its model's queue: Anaplan keeps only the latest dump per user and import, so the next
 * queued run of the same import would replace it.
 * <p>
 * A dump that cannot be fetched (Anaplan deletes them after a while) is logged and skipped: the task's own outcome
 * matters more than its dump.
 */
public final class DumpFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(DumpFetcher.class);

    private final DumpMode mode;
    private final Path directory;

    public DumpFetcher(DumpMode mode, String directory) {
        this.mode = mode;
        this.directory = directory == null ? null : Path.of(directory);
    }

    public Dumps fetch(Exchange exchange, ModelClient model, TaskHandle handle, TaskStatus status) {
        TaskResult result = status == null ? null : status.result();
        if (mode == DumpMode.NONE || result == null) {
            return Dumps.NONE;
        }
        if (handle.kind() == ActionKind.IMPORT && result.hasFailureDump()) {
            String name = "import-" + handle.objectId() + "-" + handle.taskId() + ".csv";
            Object dump = fetchOne(exchange, () -> model.importDump(handle), name, handle.taskId());
            return mode == DumpMode.HEADER ? new Dumps((InputStream) dump, null, null, null)
                    : new Dumps(null, (String) dump, null, null);
        }
        if (handle.kind() == ActionKind.PROCESS) {
            Map<String, Object> byAction = new LinkedHashMap<>();
            for (TaskResult nested : result.nestedResults()) {
                if (nested.hasFailureDump() && nested.objectId() != null) {
                    String name = "process-" + handle.objectId() + "-" + handle.taskId() + "-" + nested.objectId() + ".csv";
                    Object dump = fetchOne(exchange, () -> model.processDump(handle, nested.objectId()), name, handle.taskId());
                    if (dump != null) {
                        byAction.put(nested.objectId(), dump);
                    }
                }
            }
            Map<String, InputStream> streams = new LinkedHashMap<>();
            Map<String, String> files = new LinkedHashMap<>();
            byAction.forEach((id, dump) -> {
                if (dump instanceof InputStream stream) {
                    streams.put(id, stream);
                } else {
                    files.put(id, (String) dump);
                }
            });
            return new Dumps(null, null, streams, files);
        }
        return Dumps.NONE;
    }

    /** Copies one dump into a stream cache (HEADER) or a file (FILE); null when it cannot be fetched. */
    private Object fetchOne(Exchange exchange, DumpSource source, String fileName, String taskId) {
        try (InputStream in = source.open()) {
            if (mode == DumpMode.HEADER) {
                CachedOutputStream cache = new CachedOutputStream(exchange);
                in.transferTo(cache);
                // the cache deletes its spool file, if it needed one, when the exchange completes
                return cache.newStreamCache();
            }
            return writeFile(in, fileName).toString();
        } catch (IOException | UncheckedIOException | AnaplanException e) {
            LOG.warn("Cannot fetch the failure dump of task {}: {}", taskId, e.getMessage());
            return null;
        }
    }

    private Path writeFile(InputStream in, String fileName) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(fileName);
        Transfers.writeAtomically(in, target);
        return target;
    }

    @FunctionalInterface
    private interface DumpSource {
        InputStream open() throws IOException;
    }
}
