package io.github.camelanaplan.simulator.transactional;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The live limits of one simulator's transactional API, published as a service so tests can lower them while
 * the simulator runs:
 *
 * <pre>{@code
 * sim.service(TransactionalSettings.class).orElseThrow().update(l -> l.withMaxListItemsRead(10));
 * }</pre>
 *
 * Each request reads the limits once when it starts, so a change never affects a request half-way.
 */
public final class TransactionalSettings {

    private final AtomicReference<TransactionalLimits> limits;

    public TransactionalSettings(TransactionalLimits initial) {
        this.limits = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public TransactionalLimits limits() {
        return limits.get();
    }

    public void limits(TransactionalLimits value) {
        limits.set(Objects.requireNonNull(value, "value"));
    }

    /** Applies a change, e.g. {@code update(l -> l.withReadRequestPageRows(10))}. */
    public void update(UnaryOperator<TransactionalLimits> change) {
        limits.updateAndGet(current -> Objects.requireNonNull(change.apply(current), "limits"));
    }

    /** Back to Anaplan's documented limits. */
    public void reset() {
        limits.set(TransactionalLimits.defaults());
    }
}
