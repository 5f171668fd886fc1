package io.github.camelanaplan.simulator.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders for the Integration API's JSON envelopes. */
public final class Envelopes {

    /** ISO-8601 UTC with nanoseconds, as in {@code 2026-07-14T13:55:12.198115662Z}. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Envelopes() {
    }

    /** {@code {"code":200,"message":"Success"}}. */
    public static Map<String, Object> success() {
        return status(200, "Success");
    }

    public static Map<String, Object> status(int code, String message) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("code", code);
        status.put("message", message);
        return status;
    }

    /**
     * The {@code meta.schema} URL for an object type, e.g. {@code schema(req, "/objects/workspace")} or
     * {@code schema(req, "/models/" + id + "/objects/file")}. Clients ignore it; it only has to look right.
     */
    public static String schema(ApiRequest request, String objectPath) {
        return request.origin() + Router.API_PREFIX + objectPath;
    }

    /** {@code {"meta":{"schema":...},"status":{200,Success},"<key>":value}}. */
    public static Map<String, Object> single(String schema, String key, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meta", Map.of("schema", schema));
        body.put("status", success());
        if (key != null) {
            body.put(key, value);
        }
        return body;
    }

    /** Envelope with several top-level payload fields, e.g. list write results ({@code added, ignored, total}). */
    public static Map<String, Object> fields(String schema, Map<String, ?> payload) {
        Map<String, Object> body = single(schema, null, null);
        body.putAll(payload);
        return body;
    }

    /**
     * A paged collection: applies {@code offset}/{@code limit} from the request and adds {@code meta.paging}.
     * Sorting, if any, must already be applied to {@code items}.
     *
     * @param omitWhenEmpty drop the payload key when there is nothing to list, as Anaplan does for
     *                      {@code chunks} and {@code items}
     */
    public static Map<String, Object> collection(ApiRequest request, String schema, String key, List<?> items,
                                                 boolean omitWhenEmpty) {
        Paging.Page<?> page = Paging.page(request, items);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("paging", page.paging());
        meta.put("schema", schema);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meta", meta);
        body.put("status", success());
        if (!(omitWhenEmpty && page.items().isEmpty())) {
            body.put(key, page.items());
        }
        return body;
    }

    public static Map<String, Object> collection(ApiRequest request, String schema, String key, List<?> items) {
        return collection(request, schema, key, items, false);
    }

    /** The Integration API error body: {@code {"status":{"code","message"},"path","timestamp"}}. */
    public static Map<String, Object> error(int code, String message, String path, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status(code, message));
        body.put("path", path);
        body.put("timestamp", TIMESTAMP.format(now));
        return body;
    }
}
