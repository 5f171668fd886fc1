package io.github.camelanaplan.simulator.faults;

import io.github.camelanaplan.simulator.auth.TokenService;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revokes every issued token, now or on a period, so clients meet 401 and must log in again. The token
 * service is looked up at each revocation, so the order in which modules install does not matter.
 */
final class TokenRevoker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRevoker.class);

    private final Supplier<Optional<TokenService>> tokens;
    private final ScheduledExecutorService scheduler;
    private final StatsCounter stats;
    private ScheduledFuture<?> schedule;
    private Duration period = Duration.ZERO;

    TokenRevoker(Supplier<Optional<TokenService>> tokens, ScheduledExecutorService scheduler, StatsCounter stats) {
        this.tokens = tokens;
        this.scheduler = scheduler;
        this.stats = stats;
    }

    /** @throws IllegalStateException when no token service is installed */
    void revokeNow() {
        TokenService service = tokens.get()
                .orElseThrow(() -> new IllegalStateException("no token service is installed"));
        service.revokeAll();
        stats.fault(FaultKind.TOKENS_REVOKED);
    }

    /** Revokes every {@code interval} from now on, replacing any earlier period; zero stops. */
    synchronized void every(Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("period must not be negative");
        }
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
        period = interval;
        if (!interval.isZero()) {
            long millis = Math.max(1, interval.toMillis());
            schedule = scheduler.scheduleAtFixedRate(this::revokeOnSchedule, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** The current period; zero when revocation is not scheduled. */
    synchronized Duration period() {
        return period;
    }

    private void revokeOnSchedule() {
        // An exception would silently cancel the periodic task; log and keep the schedule alive instead.
        try {
            revokeNow();
        } catch (RuntimeException e) {
            LOG.warn("Scheduled token revocation failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        every(Duration.ZERO);
    }
}
