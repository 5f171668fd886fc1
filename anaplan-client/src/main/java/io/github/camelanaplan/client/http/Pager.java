package io.github.camelanaplan.client.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every page of a collection endpoint. Anaplan pages with {@code offset}/{@code limit} and reports
 * {@code meta.paging.{offset, currentPageSize, totalSize}}; the server may return fewer items than asked for, so the
 * next offset is always computed from {@code currentPageSize}, never from the requested limit.
 */
public final class Pager {

    /** Anaplan's maximum (and default) page size. */
    public static final int MAX_PAGE_SIZE = 5000;

    private final Transport transport;
    private final int pageSize;

    /**
     * @param transport transport
     * @param pageSize  items asked for per page, 1..5000
     */
    public Pager(Transport transport, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        this.transport = transport;
        this.pageSize = pageSize;
    }

    /**
     * @param url       collection URL without offset/limit (may carry other query parameters)
     * @param key       JSON field holding the items, e.g. {@code "imports"}
     * @param type      item type
     * @param operation description for errors, e.g. "list imports of model X"
     * @param <T>       item type
     * @return all items of all pages, in server order
     */
    public <T> List<T> readAll(String url, String key, Class<T> type, String operation) {
        return readAll(url, key, type, operation, RetryMode.IDEMPOTENT);
    }

    /**
     * @param url       collection URL without offset/limit
     * @param key       JSON field holding the items
     * @param type      item type
     * @param operation description for errors
     * @param retryMode retry mode for each page request
     * @param <T>       item type
     * @return all items of all pages, in server order
     */
    public <T> List<T> readAll(String url, String key, Class<T> type, String operation, RetryMode retryMode) {
        List<T> all = new ArrayList<>();
        long offset = 0;
        while (true) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("offset", offset);
            query.put("limit", pageSize);
            ApiRequest request = ApiRequest.builder("GET", Urls.withQuery(url, query))
                    .operation(operation).retryMode(retryMode).build();
            Page<T> page = transport.execute(request, response -> {
                JsonNode root = transport.json().tree(response.body());
                List<T> items = transport.json().bindList(root.get(key), type);
                return new Page<>(items, root.path("meta").path("paging"));
            });
            all.addAll(page.items());
            JsonNode paging = page.paging();
            if (paging.isMissingNode() || !paging.has("totalSize")) {
                return all;
            }
            long total = paging.path("totalSize").asLong();
            long pageOffset = paging.path("offset").asLong(offset);
            long current = paging.path("currentPageSize").asLong(page.items().size());
            long next = pageOffset + current;
            // current == 0 or a non-advancing offset would loop forever on a misbehaving server
            if (current <= 0 || next >= total || next <= offset) {
                return all;
            }
            offset = next;
        }
    }

    private record Page<T>(List<T> items, JsonNode paging) {
    }
}
