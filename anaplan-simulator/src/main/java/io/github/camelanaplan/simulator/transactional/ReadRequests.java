package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.Ids;
import io.github.camelanaplan.simulator.state.Model;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Large-volume read requests: creation, page production in the background, deletion and idle expiry.
 *
 * <p>Pages are produced one per scheduler run on the simulator's shared scheduler, one page every
 * {@link TransactionalLimits#readRequestPageDelay()}, each written to disk (temporary file, then moved into
 * place) so clients can fetch finished pages while the rest is still being produced and nothing large stays
 * in memory. A request and its pages are dropped after {@link TransactionalLimits#readRequestIdleExpiry()}
 * without activity; activity is the creation and every download of a page whose number is divisible by 100
 * (page 0 included), as Anaplan documents.
 */
final class ReadRequests implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReadRequests.class);
    private static final long SWEEP_MILLIS = 500;

    private final Path root;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final TransactionalSettings settings;
    private final SecureRandom random;
    private final Map<String, ReadRequest> requests = new ConcurrentHashMap<>();

    ReadRequests(Path root, ScheduledExecutorService scheduler, Clock clock, TransactionalSettings settings,
                 SecureRandom random) {
        this.root = root;
        this.scheduler = scheduler;
        this.clock = clock;
        this.settings = settings;
        this.random = random;
    }

    void startExpiry() {
        scheduler.scheduleWithFixedDelay(this::expireIdle, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Registers a request and schedules its first page.
     *
     * @param baseUrl the create URL without the request id; the request's {@code url} adds it
     */
    ReadRequest create(ReadRequestKind kind, Model model, String objectId, String baseUrl, RowSource rows)
            throws IOException {
        TransactionalLimits limits = settings.limits();
        String id = Ids.randomUpper(random);
        Path directory = Files.createDirectories(root.resolve(id));
        ReadRequest request = new ReadRequest(id, kind, model.id(), objectId, baseUrl + "/" + id, directory, rows,
                limits.readRequestPageRows(), clock.instant());
        requests.put(id, request);
        schedule(request, model, limits.readRequestPageDelay());
        return request;
    }

    Optional<ReadRequest> find(String id) {
        return Optional.ofNullable(requests.get(id));
    }

    /** A page download; pages 0, 100, 200... restart the idle timer. */
    void pageRequested(ReadRequest request, int page) {
        if (page % 100 == 0) {
            request.touch(clock.instant());
        }
    }

    /** Stops production and removes the pages; the request stays visible (with its final state) until expiry. */
    void delete(ReadRequest request) {
        request.delete();
        deleteDirectory(request.directory());
    }

    private void schedule(ReadRequest request, Model model, Duration delay) {
        request.pending(scheduler.schedule(() -> produce(request, model, delay), delay.toMillis(),
                TimeUnit.MILLISECONDS));
    }

    private void produce(ReadRequest request, Model model, Duration delay) {
        if (!request.start()) {
            return;
        }
        int page = request.availablePages();
        Path temp = null;
        try {
            temp = Files.createTempFile(request.directory(), "page-", ".part");
            writePage(request, model, page, temp);
            Files.move(temp, request.page(page), StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            if (!request.pageWritten()) {
                deleteDirectory(request.directory());
                return;
            }
            if (request.state() != ReadRequestState.COMPLETE) {
                schedule(request, model, delay);
            }
        } catch (IOException | RuntimeException e) {
            if (!request.isDeleted()) {
                LOG.warn("Read request {} failed on page {}", request.id(), page, e);
            }
            request.failed();
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** Header, then this page's rows; under the model's read lock so a page never shows half an import. */
    private static void writePage(ReadRequest request, Model model, int page, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            CsvWriter csv = new CsvWriter(out, CsvQuoting.MINIMAL);
            csv.row(request.rows().header());
            model.dataLock().readLock().lock();
            try {
                request.rows().write(request.firstRow(page), request.endRow(page), csv);
            } finally {
                model.dataLock().readLock().unlock();
            }
            csv.flush();
        }
    }

    private void expireIdle() {
        try {
            Instant now = clock.instant();
            Duration idle = settings.limits().readRequestIdleExpiry();
            for (ReadRequest request : requests.values()) {
                if (!request.lastActivity().plus(idle).isAfter(now)) {
                    // Pages first, so nobody sees the request gone while its files remain.
                    delete(request);
                    requests.remove(request.id());
                }
            }
        } catch (RuntimeException e) {
            // A failing sweep must not end the periodic task; the next run tries again.
            LOG.warn("Read request expiry failed", e);
        }
    }

    @Override
    public void close() {
        requests.values().forEach(ReadRequest::delete);
        requests.clear();
        deleteDirectory(root);
    }

    private static void deleteDirectory(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(ReadRequests::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // A producer may be writing into the directory right now; it removes its file itself.
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left for the next delete of the directory, or for the temporary data directory's removal.
        }
    }
}
