package io.github.camelanaplan.component.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.task.ActionKind;
import io.github.camelanaplan.client.task.TaskHandle;
import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.component.ConsumerBody;
import io.github.camelanaplan.component.DumpMode;
import org.apache.camel.Exchange;

/**
 * The body the task consumer emits for one finished task, as {@code consumerBody} asks. Dumps go through
 * {@link DumpFetcher} into stream caches tied to the exchange; an export's output stays a live download stream,
 * closed when the exchange completes, so large outputs are never held in memory.
 */
public final class TaskPayloads {

    private static final DumpFetcher DUMPS = new DumpFetcher(DumpMode.HEADER, null);

    private TaskPayloads() {
    }

    public static Object body(ConsumerBody kind, Exchange exchange, ModelClient model, TaskHandle handle, TaskStatus status) {
        return switch (kind) {
            case STATUS -> status;
            case DUMP -> dump(exchange, model, handle, status);
            case OUTPUT -> output(exchange, model, handle, status);
        };
    }

    private static Object dump(Exchange exchange, ModelClient model, TaskHandle handle, TaskStatus status) {
        Dumps dumps = DUMPS.fetch(exchange, model, handle, status);
        if (dumps.stream() != null) {
            return dumps.stream();
        }
        return dumps.streams().isEmpty() ? null : dumps.streams();
    }

    /**
     * Anaplan keeps one output file per export, overwritten by each run: the content read here is the newest run's,
     * which for an older task may be a later run's output. Only a successful export has output worth reading.
     */
    private static Object output(Exchange exchange, ModelClient model, TaskHandle handle, TaskStatus status) {
        if (handle.kind() != ActionKind.EXPORT || !status.isSuccessful()) {
            return null;
        }
        InputStream stream = model.download(handle.objectId());
        try {
            return Transfers.deliver(exchange, stream, null).body();
        } catch (IOException e) {
            // only writing to a file can fail, and no file is written here
            throw new UncheckedIOException(e);
        }
    }
}
