package io.github.camelanaplan.simulator.faults;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Live, thread-safe counters behind {@link TrafficStats}. */
final class StatsCounter {

    private final Map<FaultKind, LongAdder> faults = new EnumMap<>(FaultKind.class);
    private final Map<RouteFamily, LongAdder> requests = new EnumMap<>(RouteFamily.class);

    StatsCounter() {
        // All adders exist from the start, so the maps are never written after construction and need no lock.
        for (FaultKind kind : FaultKind.values()) {
            faults.put(kind, new LongAdder());
        }
        for (RouteFamily family : RouteFamily.values()) {
            requests.put(family, new LongAdder());
        }
    }

    void fault(FaultKind kind) {
        faults.get(kind).increment();
    }

    void request(RouteFamily family) {
        requests.get(family).increment();
    }

    TrafficStats snapshot() {
        Map<FaultKind, Long> faultCounts = new EnumMap<>(FaultKind.class);
        faults.forEach((kind, adder) -> faultCounts.put(kind, adder.sum()));
        Map<RouteFamily, Long> requestCounts = new EnumMap<>(RouteFamily.class);
        requests.forEach((family, adder) -> {
            if (family != RouteFamily.CONTROL) {
                requestCounts.put(family, adder.sum());
            }
        });
        return new TrafficStats(faultCounts, requestCounts);
    }

    void reset() {
        faults.values().forEach(LongAdder::reset);
        requests.values().forEach(LongAdder::reset);
    }
}
