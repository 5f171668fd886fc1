package io.github.camelanaplan.simulator.state;

import java.util.Optional;

/**
 * The busy indicator of a model. The task engine sets it while an action runs; metadata and status
 * endpoints read it.
 */
public final class ModelActivity {

    private volatile ActivityState current;

    public void begin(ActivityState state) {
        current = state;
    }

    /** Updates progress or step text of the running work. */
    public void update(ActivityState state) {
        current = state;
    }

    public void end() {
        current = null;
    }

    public Optional<ActivityState> current() {
        return Optional.ofNullable(current);
    }

    public boolean transactionRunning() {
        return current != null;
    }
}
