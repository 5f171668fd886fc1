package io.github.camelanaplan.simulator.faults;

import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.Attribute;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A coarse grouping of paths for request counters and for deciding where faults apply. Classified from the
 * path alone, so requests to unknown routes are counted too.
 */
public enum RouteFamily {
    /** {@code /token/**}, {@code /oauth/**}: the authentication service. */
    AUTH,
    /** Task start, poll, list, cancel and dumps of imports, exports, processes and actions. */
    TASKS,
    /** Files and chunks: uploads and downloads. */
    FILES,
    /** Lists, views and their data, modules and cell writes, line items, dimensions, read requests. */
    TRANSACTIONAL,
    /** Everything else under {@code /2/0}: users, workspaces, models, action definitions, calendar. */
    METADATA,
    /** Paths outside the Integration API and the auth service; never faulted. */
    OTHER,
    /** The simulator's own control endpoints; never counted, throttled or faulted. */
    CONTROL;

    static final String CONTROL_PREFIX = "__simulator";

    /** Set on the first lookup, so the several fault interceptors classify a request once. */
    private static final Attribute<RouteFamily> ATTRIBUTE = Attribute.of("faults.routeFamily", RouteFamily.class);

    private static final Set<String> AUTH_ROOTS = Set.of("token", "oauth", "auth");
    private static final Set<String> FILE_SEGMENTS = Set.of("files", "chunks");
    private static final Set<String> TRANSACTIONAL_SEGMENTS = Set.of("lists", "views", "modules", "lineItems",
            "dimensions", "readRequests");

    static RouteFamily of(ApiRequest request) {
        RouteFamily family = request.attribute(ATTRIBUTE);
        if (family == null) {
            family = of(segments(request.path()));
            request.attribute(ATTRIBUTE, family);
        }
        return family;
    }

    /** The non-empty segments of a normalised path such as {@code /2/0/models/M1}. */
    static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }

    /** @param segments the path's non-empty segments, e.g. {@code [2, 0, models, M1, files]} */
    static RouteFamily of(List<String> segments) {
        if (segments.isEmpty()) {
            return OTHER;
        }
        String root = segments.get(0);
        if (root.equals(CONTROL_PREFIX)) {
            return CONTROL;
        }
        if (AUTH_ROOTS.contains(root)) {
            return AUTH;
        }
        if (segments.size() < 2 || !root.equals("2") || !segments.get(1).equals("0")) {
            return OTHER;
        }
        List<String> rest = segments.subList(2, segments.size());
        if (rest.contains("tasks")) {
            return TASKS;
        }
        if (rest.stream().anyMatch(FILE_SEGMENTS::contains)) {
            return FILES;
        }
        if (rest.stream().anyMatch(TRANSACTIONAL_SEGMENTS::contains)) {
            return TRANSACTIONAL;
        }
        return METADATA;
    }

    /** True for the Integration API ({@code /2/0/**}), where the gateway applies faults and rate limits. */
    boolean integrationApi() {
        return this == TASKS || this == FILES || this == TRANSACTIONAL || this == METADATA;
    }
}
