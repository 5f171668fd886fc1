package io.github.camelanaplan.simulator.faults;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A snapshot of the counters: injected faults by kind and requests by route family, since start or the last
 * reset. Every kind and every counted family (all but {@link RouteFamily#CONTROL}) is present, zeros included.
 */
public record TrafficStats(Map<FaultKind, Long> faults, Map<RouteFamily, Long> requests) {

    /** Copies into enum-ordered maps, so listings (and the control endpoint's JSON) come in a stable order. */
    public TrafficStats {
        Map<FaultKind, Long> faultCounts = new EnumMap<>(FaultKind.class);
        faultCounts.putAll(faults);
        faults = Collections.unmodifiableMap(faultCounts);
        Map<RouteFamily, Long> requestCounts = new EnumMap<>(RouteFamily.class);
        requestCounts.putAll(requests);
        requests = Collections.unmodifiableMap(requestCounts);
    }

    public long faults(FaultKind kind) {
        return faults.getOrDefault(kind, 0L);
    }

    public long requests(RouteFamily family) {
        return requests.getOrDefault(family, 0L);
    }
}
