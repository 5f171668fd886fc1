package io.github.camelanaplan.simulator.http;

import java.util.Map;

/** A route chosen for a request together with the path parameters it captured. */
public record RouteMatch(Route route, Map<String, String> pathParams) {

    public RouteMatch {
        pathParams = Map.copyOf(pathParams);
    }
}
