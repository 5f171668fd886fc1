package io.github.camelanaplan.simulator.transactional;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * One large-volume read request and its progress. Pages are files {@code page-<n>.csv} in its own directory,
 * written in order by the background producer; {@code availablePages} counts the finished ones, which clients
 * may download while the request is still in progress.
 *
 * <p>State changes happen under the object's monitor; page writing itself happens outside it, so status
 * calls never wait for a page to be written.
 */
final class ReadRequest {

    private final String id;
    private final ReadRequestKind kind;
    private final String modelId;
    private final String objectId;
    private final String url;
    private final Path directory;
    private final RowSource rows;
    private final int rowsPerPage;
    private final int totalPages;
    private ReadRequestState state = ReadRequestState.NOT_STARTED;
    private boolean successful;
    private boolean deleted;
    private int availablePages;
    private Instant lastActivity;
    private Future<?> pending;

    ReadRequest(String id, ReadRequestKind kind, String modelId, String objectId, String url, Path directory,
                RowSource rows, int rowsPerPage, Instant created) {
        this.id = id;
        this.kind = kind;
        this.modelId = modelId;
        this.objectId = objectId;
        this.url = url;
        this.directory = directory;
        this.rows = rows;
        this.rowsPerPage = rowsPerPage;
        long rowCount = rows.rowCount();
        this.totalPages = (int) Math.max(1, (rowCount + rowsPerPage - 1) / rowsPerPage);
        this.lastActivity = created;
    }

    String id() {
        return id;
    }

    ReadRequestKind kind() {
        return kind;
    }

    String modelId() {
        return modelId;
    }

    String objectId() {
        return objectId;
    }

    Path directory() {
        return directory;
    }

    RowSource rows() {
        return rows;
    }

    long firstRow(int page) {
        return (long) page * rowsPerPage;
    }

    long endRow(int page) {
        return Math.min(rows.rowCount(), firstRow(page) + rowsPerPage);
    }

    Path page(int number) {
        return directory.resolve(String.format(Locale.ROOT, "page-%06d.csv", number));
    }

    synchronized ReadRequestState state() {
        return state;
    }

    synchronized boolean isDeleted() {
        return deleted;
    }

    synchronized int availablePages() {
        return deleted ? 0 : availablePages;
    }

    synchronized boolean isAvailable(int page) {
        return !deleted && page >= 0 && page < availablePages;
    }

    synchronized void pending(Future<?> next) {
        this.pending = next;
    }

    /** The producer starts work; false when the request was deleted meanwhile. */
    synchronized boolean start() {
        if (deleted) {
            return false;
        }
        if (state == ReadRequestState.NOT_STARTED) {
            state = ReadRequestState.IN_PROGRESS;
        }
        return true;
    }

    /** A page file is in place; false when the request was deleted meanwhile and the page must go. */
    synchronized boolean pageWritten() {
        if (deleted) {
            return false;
        }
        availablePages++;
        if (availablePages == totalPages) {
            state = ReadRequestState.COMPLETE;
            successful = true;
        }
        return true;
    }

    synchronized void failed() {
        if (!deleted) {
            state = ReadRequestState.COMPLETE;
            successful = false;
        }
    }

    /** DELETE: mid-flight requests end CANCELLED, finished ones stay COMPLETE; pages go either way. */
    synchronized void delete() {
        if (state == ReadRequestState.NOT_STARTED || state == ReadRequestState.IN_PROGRESS) {
            state = ReadRequestState.CANCELLED;
            successful = false;
        }
        deleted = true;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    synchronized void touch(Instant now) {
        lastActivity = now;
    }

    synchronized Instant lastActivity() {
        return lastActivity;
    }

    /**
     * {@code {requestId, <listId|viewId>, requestState, url, availablePages, successful}}. The object id is a
     * JSON number, as in Anaplan's examples of these objects (clients must accept numbers and strings).
     */
    synchronized Map<String, Object> json(boolean created) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requestId", id);
        if (!created) {
            json.put(kind.objectIdField(), numberOrText(objectId));
        }
        json.put("requestState", state.name());
        json.put("url", url);
        if (!created) {
            json.put("availablePages", deleted ? 0 : availablePages);
            json.put("successful", successful);
        }
        return json;
    }

    private static Object numberOrText(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }
}
