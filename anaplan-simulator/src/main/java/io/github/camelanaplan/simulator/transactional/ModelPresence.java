package io.github.camelanaplan.simulator.transactional;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether each model is open (loaded in memory) or closed, as {@code POST .../open} and {@code .../close}
 * change it and {@code GET .../status} reports it. Models start open. Published as a service so other modules
 * (e.g. bulk model deletion, which refuses open models) can ask.
 *
 * <p>Other API calls do not open a closed model here; on the real service they would load it on the way.
 */
public final class ModelPresence {

    private final Set<String> closed = ConcurrentHashMap.newKeySet();

    public boolean isOpen(String modelId) {
        return !closed.contains(modelId);
    }

    public void open(String modelId) {
        closed.remove(modelId);
    }

    public void close(String modelId) {
        closed.add(modelId);
    }
}
