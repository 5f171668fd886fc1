package io.github.camelanaplan.simulator.transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts of one list item write: applied entries, and the failures that make up the ignored ones. */
final class WriteOutcome {

    private final int total;
    private final List<ItemFailure> failures = new ArrayList<>();
    private int applied;

    WriteOutcome(int total) {
        this.total = total;
    }

    void applied() {
        applied++;
    }

    void failed(ItemFailure failure) {
        failures.add(failure);
    }

    /**
     * {@code {"<countKey>": n, "ignored": m, "total": t, "failures": [...]}}; {@code failures} is left out when
     * there are none, as Anaplan does.
     */
    Map<String, Object> payload(String countKey) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(countKey, applied);
        payload.put("ignored", total - applied);
        payload.put("total", total);
        if (!failures.isEmpty()) {
            payload.put("failures", failures.stream().map(ItemFailure::json).toList());
        }
        return payload;
    }
}
