package io.github.camelanaplan.simulator.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code offset}/{@code limit} handling for collection GETs; default and maximum page size 5000. */
public final class Paging {

    public static final int MAX_PAGE_SIZE = 5000;

    private Paging() {
    }

    /** One page of a collection plus its {@code meta.paging} object. */
    public record Page<T>(List<T> items, Map<String, Object> paging) {
    }

    public static <T> Page<T> page(ApiRequest request, List<T> all) {
        int offset = intParam(request, "offset", 0, 0);
        int limit = Math.min(intParam(request, "limit", MAX_PAGE_SIZE, 1), MAX_PAGE_SIZE);
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        List<T> items = List.copyOf(all.subList(from, to));

        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("currentPageSize", items.size());
        paging.put("totalSize", all.size());
        paging.put("offset", offset);
        if (to < all.size()) {
            paging.put("next", link(request, limit, to));
        }
        if (offset > 0) {
            paging.put("previous", link(request, limit, Math.max(0, offset - limit)));
        }
        return new Page<>(items, paging);
    }

    private static int intParam(ApiRequest request, String name, int defaultValue, int minimum) {
        String value = request.query(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < minimum) {
                throw ApiException.badRequest("Invalid value for " + name + ": " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Invalid value for " + name + ": " + value);
        }
    }

    /** A ready-made URL echoing the other query parameters, as Anaplan's {@code next}/{@code previous}. */
    private static String link(ApiRequest request, int limit, int offset) {
        StringBuilder url = new StringBuilder(request.origin()).append(request.path()).append('?');
        for (Map.Entry<String, List<String>> entry : request.queryParams().entrySet()) {
            if (entry.getKey().equals("limit") || entry.getKey().equals("offset")) {
                continue;
            }
            for (String value : entry.getValue()) {
                url.append(encode(entry.getKey())).append('=').append(encode(value)).append('&');
            }
        }
        return url.append("limit=").append(limit).append("&offset=").append(offset).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
