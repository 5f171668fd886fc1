package io.github.camelanaplan.simulator.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.Realm;
import io.github.camelanaplan.simulator.http.RouteHandler;
import io.github.camelanaplan.simulator.http.Router;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The control endpoint under {@code /__simulator}: the {@link Faults} API over HTTP for tests in other
 * processes and for people poking at a running simulator with curl. Unauthenticated, and kept out of the
 * Integration API's realm so the token filter, faults and throttling never apply to it; it is served on the
 * port that serves {@code /token}. Bodies are plain JSON without Anaplan's envelope.
 */
final class ControlEndpoints {

    static final String ROOT = "/" + RouteFamily.CONTROL_PREFIX;

    private final Faults faults;
    private final ObjectMapper json;
    private final ObjectReader settingsReader;

    ControlEndpoints(Faults faults, ObjectMapper json) {
        this.faults = faults;
        this.json = json;
        // Strict here, unlike API bodies: a misspelt fault name must not be silently ignored.
        this.settingsReader = json.readerFor(FaultSettings.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Path parameters here avoid the API's names ({@code modelId}): interceptors of other modules key on
     * those and would treat a control call as a model request (the busy-model wait, for one).
     */
    void register(Router router) {
        route(router, "GET", "/faults", (req, res) -> res.json(200, faults.settings()));
        route(router, "PUT", "/faults", (req, res) -> {
            faults.settings(mergedSettings(object(req)));
            res.json(200, faults.settings());
        });
        route(router, "DELETE", "/faults", (req, res) -> {
            faults.settings(FaultSettings.none());
            res.json(200, faults.settings());
        });

        route(router, "GET", "/network", (req, res) -> res.json(200, network(faults.network())));
        route(router, "PUT", "/network", (req, res) -> {
            faults.network(network(object(req), faults.network()));
            res.json(200, network(faults.network()));
        });
        route(router, "DELETE", "/network", (req, res) -> {
            faults.network(NetworkProfile.NONE);
            res.json(200, network(faults.network()));
        });

        route(router, "GET", "/rate-limit", (req, res) -> res.json(200, rateLimit(faults.rateLimit())));
        route(router, "PUT", "/rate-limit", (req, res) -> {
            faults.rateLimit(rateLimit(object(req), faults.rateLimit()));
            res.json(200, rateLimit(faults.rateLimit()));
        });
        route(router, "DELETE", "/rate-limit", (req, res) -> {
            faults.rateLimit(RateLimit.OFF);
            res.json(200, rateLimit(faults.rateLimit()));
        });

        route(router, "POST", "/tokens/revoke", (req, res) -> {
            faults.revokeTokens();
            res.noContent(204);
        });
        route(router, "GET", "/tokens/revoke-schedule", (req, res) -> res.json(200, revokeSchedule()));
        route(router, "PUT", "/tokens/revoke-schedule", (req, res) -> {
            faults.revokeTokensEvery(Duration.ofMillis(requiredLong(object(req), "periodMillis")));
            res.json(200, revokeSchedule());
        });
        route(router, "DELETE", "/tokens/revoke-schedule", (req, res) -> {
            faults.revokeTokensEvery(Duration.ZERO);
            res.json(200, revokeSchedule());
        });

        route(router, "POST", "/tasks/fail-next", (req, res) -> {
            ObjectNode body = object(req);
            faults.failNextTask(requiredText(body, "modelId"),
                    body.path("message").asText("Task failed by the simulator's fault injection"));
            res.noContent(204);
        });
        route(router, "GET", "/models/{id}/busy", (req, res) -> res.json(200, busy(req.pathParam("id"))));
        route(router, "PUT", "/models/{id}/busy", (req, res) -> {
            double seconds = requiredNumber(object(req), "seconds");
            if (seconds < 0) {
                throw ApiException.badRequest("seconds must not be negative");
            }
            faults.holdModelBusy(req.pathParam("id"), Duration.ofMillis(Math.round(seconds * 1000)));
            res.json(200, busy(req.pathParam("id")));
        });
        route(router, "DELETE", "/models/{id}/busy", (req, res) -> {
            faults.holdModelBusy(req.pathParam("id"), Duration.ZERO);
            res.json(200, busy(req.pathParam("id")));
        });

        route(router, "GET", "/stats", (req, res) -> res.json(200, stats(faults.stats())));
        route(router, "DELETE", "/stats", (req, res) -> {
            faults.resetStats();
            res.noContent(204);
        });
        route(router, "POST", "/reset", (req, res) -> {
            faults.reset();
            res.noContent(204);
        });
    }

    /** Registers in the auth realm, whose routes the token filter leaves alone; argument errors become 400/409. */
    private static void route(Router router, String method, String path, RouteHandler handler) {
        router.add(Realm.AUTH, method, ROOT + path, (req, res) -> {
            try {
                handler.handle(req, res);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(e.getMessage());
            } catch (IllegalStateException e) {
                throw new ApiException(409, e.getMessage());
            }
        });
    }

    /** PUT merges: fields present replace current values, absent ones keep theirs, null clears. */
    private FaultSettings mergedSettings(ObjectNode changes) throws IOException {
        ObjectNode merged = json.valueToTree(faults.settings());
        merged.setAll(changes);
        try {
            return settingsReader.readValue(merged);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            throw ApiException.badRequest(cause instanceof IllegalArgumentException ? cause.getMessage()
                    : e.getOriginalMessage());
        }
    }

    private static Map<String, Object> network(NetworkProfile profile) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("latencyMillis", profile.latency().toMillis());
        body.put("bandwidthMbps", profile.bandwidthBitsPerSecond() / 1_000_000.0);
        return body;
    }

    private static NetworkProfile network(ObjectNode body, NetworkProfile current) {
        if (body.has("preset")) {
            return switch (body.get("preset").asText().toLowerCase(Locale.ROOT)) {
                case "far", "far-from-data-centre" -> NetworkProfile.FAR_FROM_DATA_CENTRE;
                case "none" -> NetworkProfile.NONE;
                default -> throw ApiException.badRequest("unknown preset; use far or none");
            };
        }
        Duration latency = body.has("latencyMillis")
                ? Duration.ofMillis(requiredLong(body, "latencyMillis")) : current.latency();
        long bits = body.has("bandwidthMbps")
                ? Math.round(requiredNumber(body, "bandwidthMbps") * 1_000_000) : current.bandwidthBitsPerSecond();
        return new NetworkProfile(latency, bits);
    }

    private static Map<String, Object> rateLimit(RateLimit limit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestsPerMinute", limit.requestsPerMinute());
        body.put("burst", limit.burst());
        body.put("scope", limit.scope().name());
        return body;
    }

    private static RateLimit rateLimit(ObjectNode body, RateLimit current) {
        int perMinute = body.has("requestsPerMinute")
                ? (int) requiredLong(body, "requestsPerMinute") : current.requestsPerMinute();
        // A new rate without a burst gets the default burst, not the burst of the old rate.
        int burst = body.has("burst") ? (int) requiredLong(body, "burst")
                : body.has("requestsPerMinute") ? 0 : current.burst();
        RateLimit.Scope scope = current.scope();
        if (body.has("scope")) {
            try {
                scope = RateLimit.Scope.valueOf(body.get("scope").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("scope must be TENANT or USER");
            }
        }
        return new RateLimit(perMinute, burst, scope);
    }

    private Map<String, Object> revokeSchedule() {
        return Map.of("periodMillis", faults.tokenRevocationPeriod().toMillis());
    }

    private Map<String, Object> busy(String modelId) {
        return Map.of("modelId", modelId, "busy", faults.modelBusy(modelId));
    }

    private static Map<String, Object> stats(TrafficStats stats) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("faults", stats.faults());
        body.put("requests", stats.requests());
        return body;
    }

    private ObjectNode object(ApiRequest request) throws IOException {
        JsonNode body = request.jsonBody();
        if (body.isMissingNode()) {
            return json.createObjectNode();
        }
        if (!body.isObject()) {
            throw ApiException.badRequest("expected a JSON object");
        }
        return (ObjectNode) body;
    }

    private static String requiredText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw ApiException.badRequest(field + " is required");
        }
        return value.asText();
    }

    private static long requiredLong(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw ApiException.badRequest(field + " must be a whole number");
        }
        return value.asLong();
    }

    private static double requiredNumber(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isNumber()) {
            throw ApiException.badRequest(field + " must be a number");
        }
        return value.asDouble();
    }
}
