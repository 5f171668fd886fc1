package io.github.camelanaplan.simulator.transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/** One {@code failures} entry of a list item write or a cell write; {@code requestIndex} is 0-based. */
record ItemFailure(int requestIndex, String failureType, String failureMessageDetails) {

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requestIndex", requestIndex);
        json.put("failureType", failureType);
        json.put("failureMessageDetails", failureMessageDetails);
        return json;
    }
}
