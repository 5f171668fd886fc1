package io.github.camelanaplan.simulator.faults;

import io.github.camelanaplan.simulator.tasks.TaskControl;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Run-time switchboard for faults, rate limits, the network profile, token revocation and task faults; get
 * it with {@code simulator.faults()}. Every change applies to requests that arrive afterwards. The control
 * endpoints under {@code /__simulator} call the same methods.
 *
 * <pre>{@code
 * simulator.faults().settings(FaultSettings.builder().error503(0.2).tooManyRequests(0.1).seed(42L).build());
 * simulator.faults().network(NetworkProfile.FAR_FROM_DATA_CENTRE);
 * simulator.faults().rateLimit(RateLimit.perUser(600));
 * }</pre>
 */
public final class Faults {

    private final FaultInterceptor faults;
    private final NetworkInterceptor network;
    private final RateLimiter rateLimiter;
    private final TokenRevoker revoker;
    private final StatsCounter stats;
    private final Supplier<Optional<TaskControl>> tasks;

    Faults(FaultInterceptor faults, NetworkInterceptor network, RateLimiter rateLimiter, TokenRevoker revoker,
           StatsCounter stats, Supplier<Optional<TaskControl>> tasks) {
        this.faults = faults;
        this.network = network;
        this.rateLimiter = rateLimiter;
        this.revoker = revoker;
        this.stats = stats;
        this.tasks = tasks;
    }

    public FaultSettings settings() {
        return faults.settings();
    }

    /** Replaces the fault settings; {@link FaultSettings#none()} switches injection off. */
    public void settings(FaultSettings settings) {
        faults.settings(Objects.requireNonNull(settings, "settings"));
    }

    /** Changes some settings and keeps the rest, e.g. {@code update(s -> s.error500(0.5))}. */
    public void update(UnaryOperator<FaultSettings.Builder> change) {
        settings(change.apply(settings().toBuilder()).build());
    }

    public NetworkProfile network() {
        return network.profile();
    }

    public void network(NetworkProfile profile) {
        network.profile(Objects.requireNonNull(profile, "profile"));
    }

    public RateLimit rateLimit() {
        return rateLimiter.limit();
    }

    /** Replaces the limit with full buckets; {@link RateLimit#OFF} switches it off. */
    public void rateLimit(RateLimit limit) {
        rateLimiter.limit(Objects.requireNonNull(limit, "limit"));
    }

    /**
     * Revokes every issued token now; API calls with them get 401 until the client logs in again.
     *
     * @throws IllegalStateException when no token service is installed
     */
    public void revokeTokens() {
        revoker.revokeNow();
    }

    /** Revokes every token each {@code period} from now on; {@link Duration#ZERO} stops. */
    public void revokeTokensEvery(Duration period) {
        revoker.every(Objects.requireNonNull(period, "period"));
    }

    /** The token revocation period; zero when none is scheduled. */
    public Duration tokenRevocationPeriod() {
        return revoker.period();
    }

    /**
     * The next task that runs on the model completes unsuccessfully with {@code message}.
     *
     * @throws IllegalStateException when the task engine is not installed
     */
    public void failNextTask(String modelId, String message) {
        taskControl().failNextTask(modelId, message);
    }

    /**
     * Keeps the model busy for {@code duration}, as if someone else ran a long action; zero ends the hold.
     *
     * @throws IllegalStateException when the task engine is not installed
     */
    public void holdModelBusy(String modelId, Duration duration) {
        taskControl().holdModelBusy(modelId, duration);
    }

    /**
     * Whether the model runs a task or is held busy.
     *
     * @throws IllegalStateException when the task engine is not installed
     */
    public boolean modelBusy(String modelId) {
        return taskControl().isBusy(modelId);
    }

    /** Counters since start or the last {@link #resetStats()}. */
    public TrafficStats stats() {
        return stats.snapshot();
    }

    public void resetStats() {
        stats.reset();
    }

    /** Everything off: no faults, no network profile, no rate limit, no scheduled revocation; counters kept. */
    public void reset() {
        settings(FaultSettings.none());
        network(NetworkProfile.NONE);
        rateLimit(RateLimit.OFF);
        revokeTokensEvery(Duration.ZERO);
    }

    private TaskControl taskControl() {
        return tasks.get().orElseThrow(() -> new IllegalStateException("the task engine is not installed"));
    }
}
