package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.client.PollSchedule;
import io.github.camelanaplan.client.error.AnaplanException;
import io.github.camelanaplan.client.http.RetryMode;
import io.github.camelanaplan.client.http.UnexpectedShapeException;
import io.github.camelanaplan.client.http.Urls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * One large-volume read request (list or view) as a single CSV stream: creates the request, polls its state, downloads
 * pages 0, 1, 2 ... in order as soon as they are available (already while {@code IN_PROGRESS}), drops the header
 * line from every page after the first when a page repeats it, and deletes the request at the end: after the last
 * page, on a failure, or when the caller closes the stream early. One page is held in memory at a time.
 */
public final class ReadRequestInputStream extends InputStream {

    private static final Logger LOG = LoggerFactory.getLogger(ReadRequestInputStream.class);
    private static final byte[] NO_BYTES = new byte[0];

    private final ModelRequests requests;
    private final String requestsUrl;
    private final String key;
    private final PollSchedule polls;
    private final String label;
    private String requestUrl;
    private ReadRequestStatus status;
    private byte[] header;
    private byte[] page = NO_BYTES;
    private int position;
    private int nextPage;
    private int pagesRead;
    private boolean finished;
    private boolean deleted;

    /**
     * Creates the read request at once.
     *
     * @param requests    request helper of the model
     * @param requestsUrl {@code .../lists/{id}/readRequests} or {@code .../views/{id}/readRequests}
     * @param key         {@code listReadRequest} or {@code viewReadRequest}
     * @param createBody  body of the create call, or {@code null}
     * @param polls       schedule for polling the state while no new page is available
     * @param label       what is read, for messages
     */
    ReadRequestInputStream(ModelRequests requests, String requestsUrl, String key, Object createBody,
                           PollSchedule polls, String label) {
        this.requests = requests;
        this.requestsUrl = requestsUrl;
        this.key = key;
        this.polls = polls;
        this.label = label;
        // a create that failed ambiguously is not repeated: a second request would be left behind undeleted
        JsonNode created = requests.send("POST", requestsUrl, createBody, RetryMode.STARTS_TASK,
                "create a large-volume read request for " + label, ModelRequests.WORKSPACE_ADMIN);
        this.status = parse(created);
        this.requestUrl = Urls.of(requestsUrl, status.requestId());
    }

    /** @return the read request's id */
    public String requestId() {
        return status.requestId();
    }

    /** @return the last state seen */
    public ReadRequestStatus lastStatus() {
        return status;
    }

    /** @return pages downloaded so far */
    public int pagesRead() {
        return pagesRead;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (deleted && !finished) {
            throw new IOException("the read request for " + label + " was closed");
        }
        if (length == 0) {
            return 0;
        }
        while (position >= page.length) {
            if (finished || !advance()) {
                return -1;
            }
        }
        int n = Math.min(length, page.length - position);
        System.arraycopy(page, position, buffer, offset, n);
        position += n;
        return n;
    }

    /** Loads the next page; false at the end. Deletes the request at the end and on failure. */
    private boolean advance() throws IOException {
        try {
            int poll = 0;
            while (nextPage >= status.availablePages()) {
                if (status.complete()) {
                    if (!status.successful()) {
                        throw new AnaplanException("the large-volume read request " + status.requestId() + " for "
                                + label + " completed unsuccessfully after " + status.availablePages() + " pages");
                    }
                    finished = true;
                    delete();
                    return false;
                }
                if (status.cancelled()) {
                    throw new AnaplanException("the large-volume read request " + status.requestId() + " for "
                            + label + " was cancelled");
                }
                sleep(polls.delayBefore(++poll).toMillis());
                status = parse(requests.getJson(requestUrl, "poll the read request for " + label));
            }
            byte[] bytes = requests.getBytes(Urls.of(requestUrl, "pages", String.valueOf(nextPage)),
                    ModelRequests.CSV, "download page " + nextPage + " of the read request for " + label,
                    ModelRequests.WORKSPACE_ADMIN);
            page = nextPage == 0 ? rememberHeader(bytes) : withoutRepeatedHeader(bytes);
            position = 0;
            nextPage++;
            pagesRead++;
            return true;
        } catch (RuntimeException | IOException e) {
            deleteQuietly(e);
            throw e;
        }
    }

    private byte[] rememberHeader(byte[] bytes) {
        int end = lineEnd(bytes);
        header = Arrays.copyOf(bytes, end);
        return bytes;
    }

    private byte[] withoutRepeatedHeader(byte[] bytes) {
        if (header == null || header.length == 0 || bytes.length < header.length) {
            return bytes;
        }
        if (!Arrays.equals(bytes, 0, header.length, header, 0, header.length)) {
            return bytes;
        }
        return Arrays.copyOfRange(bytes, header.length, bytes.length);
    }

    /** @return the index just past the first line's terminator ({@code \n} or {@code \r\n}) */
    private static int lineEnd(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return bytes.length;
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for read-request pages");
        }
    }

    private ReadRequestStatus parse(JsonNode root) {
        JsonNode node = root.path(key);
        try {
            if (!node.isObject() || !node.path("requestId").isValueNode()) {
                throw new UnexpectedShapeException("response has no '" + key + ".requestId'");
            }
            return requests.json().bind(node, ReadRequestStatus.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected read-request answer for " + label, e);
        }
    }

    private void delete() {
        if (deleted) {
            return;
        }
        deleted = true;
        requests.send("DELETE", requestUrl, null, RetryMode.IDEMPOTENT,
                "delete the read request for " + label, ModelRequests.WORKSPACE_ADMIN);
    }

    private void deleteQuietly(Exception primary) {
        try {
            delete();
        } catch (RuntimeException e) {
            primary.addSuppressed(e);
        }
    }

    /** Deletes the read request if the stream was not read to its end. Idempotent. */
    @Override
    public void close() {
        if (!deleted) {
            try {
                delete();
            } catch (RuntimeException e) {
                LOG.warn("deleting the read request {} for {} failed; Anaplan reclaims it after 30 minutes: {}",
                        status.requestId(), label, e.getMessage());
            }
        }
        finished = true;
        page = NO_BYTES;
    }
}
