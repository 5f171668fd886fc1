package io.github.camelanaplan.simulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Maps method + path to a handler. Never looks at the Host header: clients keep {@code Host: api.anaplan.com}
 * while pointed at the simulator. Empty segments ({@code //2/0/...}) and a trailing slash are ignored.
 */
public final class Router {

    /** Integration API prefix; every API route lives below it. */
    public static final String API_PREFIX = "/2/0";

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /** Registers a raw route. Later registrations of the same method and template replace earlier ones. */
    public Router add(Realm realm, String method, String template, RouteHandler handler) {
        Route route = new Route(method.toUpperCase(Locale.ROOT), PathTemplate.parse(template), realm, handler);
        routes.removeIf(existing -> existing.method().equals(route.method())
                && existing.template().segments().equals(route.template().segments()));
        routes.add(route);
        return this;
    }

    /** Registers {@code /2/0 + suffix}, e.g. {@code api("GET", "/users/me", h)}. */
    public Router api(String method, String suffix, RouteHandler handler) {
        return add(Realm.API, method, API_PREFIX + suffix, handler);
    }

    /**
     * Registers a model-scoped route under both {@code /2/0/models/{modelId}<suffix>} and
     * {@code /2/0/workspaces/{workspaceId}/models/{modelId}<suffix>}, the path duality most resources have.
     * Handlers see {@code workspaceId} only in the second form.
     */
    public Router modelScoped(String method, String suffix, RouteHandler handler) {
        api(method, "/models/{modelId}" + suffix, handler);
        return workspaceModel(method, suffix, handler);
    }

    /** Registers only {@code /2/0/workspaces/{workspaceId}/models/{modelId}<suffix>} (task start, uploads...). */
    public Router workspaceModel(String method, String suffix, RouteHandler handler) {
        return api(method, "/workspaces/{workspaceId}/models/{modelId}" + suffix, handler);
    }

    /** Registers an authentication-service route ({@code /token/...}, {@code /oauth/...}). */
    public Router auth(String method, String path, RouteHandler handler) {
        return add(Realm.AUTH, method, path, handler);
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /**
     * Finds the most specific route for the request.
     *
     * @param rawPath the path as sent, still percent-encoded, so an encoded '/' stays inside its segment
     * @param realms  the realms the receiving connector serves
     */
    public Resolution resolve(String method, String rawPath, java.util.Set<Realm> realms) {
        List<String> segments = decodedSegments(rawPath);
        List<RouteMatch> candidates = new ArrayList<>();
        for (Route route : routes) {
            if (!realms.contains(route.realm())) {
                continue;
            }
            Map<String, String> params = route.template().match(segments);
            if (params != null) {
                candidates.add(new RouteMatch(route, params));
            }
        }
        if (candidates.isEmpty()) {
            return new Resolution(null, false);
        }
        String upperMethod = method.toUpperCase(Locale.ROOT);
        return candidates.stream()
                .filter(candidate -> candidate.route().method().equals(upperMethod))
                .max(Comparator.comparingInt(candidate -> candidate.route().template().literalCount()))
                .map(match -> new Resolution(match, true))
                .orElseGet(() -> new Resolution(null, true));
    }

    static List<String> decodedSegments(String rawPath) {
        List<String> decoded = new ArrayList<>();
        for (String segment : PathTemplate.split(rawPath)) {
            decoded.add(decodeSegment(segment));
        }
        return decoded;
    }

    private static String decodeSegment(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        // '+' is literal in a path, unlike in a query string, so protect it from URLDecoder.
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * The outcome of routing: a match, or none; {@code pathKnown} without a match means some other method
     * serves this path (405 rather than 404).
     */
    public record Resolution(RouteMatch match, boolean pathKnown) {
    }
}
