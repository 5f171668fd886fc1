package io.github.camelanaplan.simulator.transactional;

import java.time.Duration;
import java.util.Objects;

/**
 * Size limits and pacing of the transactional API. The defaults are Anaplan's documented limits; tests lower
 * them through {@link TransactionalSettings} so a small demo list or view can hit them.
 *
 * @param maxListItemsRead     {@code GET .../lists/{id}/items} answers 400 above this many items (1,000,000)
 * @param maxListItemsWrite    items per add, update or delete call (100,000)
 * @param maxViewCells         cells per {@code GET .../views/{id}/data} call (1,000,000)
 * @param maxCellWrites        cells per {@code POST .../modules/{id}/data} call (100,000, as the SDK documents;
 *                             the help centre says 1,000)
 * @param readRequestPageRows  data rows per read-request page
 * @param readRequestPageDelay time the background producer takes per page; also the wait before the first page
 * @param readRequestIdleExpiry pages and request are dropped this long after the last activity (30 minutes)
 */
public record TransactionalLimits(int maxListItemsRead, int maxListItemsWrite, long maxViewCells, int maxCellWrites,
                                  int readRequestPageRows, Duration readRequestPageDelay,
                                  Duration readRequestIdleExpiry) {

    public TransactionalLimits {
        requirePositive(maxListItemsRead, "maxListItemsRead");
        requirePositive(maxListItemsWrite, "maxListItemsWrite");
        requirePositive(maxViewCells, "maxViewCells");
        requirePositive(maxCellWrites, "maxCellWrites");
        requirePositive(readRequestPageRows, "readRequestPageRows");
        Objects.requireNonNull(readRequestPageDelay, "readRequestPageDelay");
        Objects.requireNonNull(readRequestIdleExpiry, "readRequestIdleExpiry");
        if (readRequestPageDelay.isNegative() || readRequestIdleExpiry.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    /** Anaplan's limits; pages of 100,000 rows produced every 20 ms, idle expiry 30 minutes. */
    public static TransactionalLimits defaults() {
        return new TransactionalLimits(1_000_000, 100_000, 1_000_000L, 100_000, 100_000, Duration.ofMillis(20),
                Duration.ofMinutes(30));
    }

    public TransactionalLimits withMaxListItemsRead(int value) {
        return new TransactionalLimits(value, maxListItemsWrite, maxViewCells, maxCellWrites, readRequestPageRows,
                readRequestPageDelay, readRequestIdleExpiry);
    }

    public TransactionalLimits withMaxListItemsWrite(int value) {
        return new TransactionalLimits(maxListItemsRead, value, maxViewCells, maxCellWrites, readRequestPageRows,
                readRequestPageDelay, readRequestIdleExpiry);
    }

    public TransactionalLimits withMaxViewCells(long value) {
        return new TransactionalLimits(maxListItemsRead, maxListItemsWrite, value, maxCellWrites, readRequestPageRows,
                readRequestPageDelay, readRequestIdleExpiry);
    }

    public TransactionalLimits withMaxCellWrites(int value) {
        return new TransactionalLimits(maxListItemsRead, maxListItemsWrite, maxViewCells, value, readRequestPageRows,
                readRequestPageDelay, readRequestIdleExpiry);
    }

    public TransactionalLimits withReadRequestPageRows(int value) {
        return new TransactionalLimits(maxListItemsRead, maxListItemsWrite, maxViewCells, maxCellWrites, value,
                readRequestPageDelay, readRequestIdleExpiry);
    }

    public TransactionalLimits withReadRequestPageDelay(Duration value) {
        return new TransactionalLimits(maxListItemsRead, maxListItemsWrite, maxViewCells, maxCellWrites,
                readRequestPageRows, value, readRequestIdleExpiry);
    }

    public TransactionalLimits withReadRequestIdleExpiry(Duration value) {
        return new TransactionalLimits(maxListItemsRead, maxListItemsWrite, maxViewCells, maxCellWrites,
                readRequestPageRows, readRequestPageDelay, value);
    }

    private static void requirePositive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
    }
}
