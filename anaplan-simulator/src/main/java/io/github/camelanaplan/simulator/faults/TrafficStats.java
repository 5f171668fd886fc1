package io.github.camelanaplan.simulator.faults;

import java.util.Map;

/**
 * A snapshot of the counters: injected faults by kind and requests by route family, since start or the last
 * reset. Every kind and every counted family (all but {@link RouteFamily#CONTROL}) is present, zeros included.
 */
public record TrafficStats(Map<FaultKind, Long> faults, Map<RouteFamily, Long> requests) {

    public TrafficStats {
        faults = Map.copyOf(faults);
        requests = Map.copyOf(requests);
    }

    public long faults(FaultKind kind) {
        return faults.getOrDefault(kind, 0L);
    }

    public long requests(RouteFamily family) {
        return requests.getOrDefault(family, 0L);
    }
}
