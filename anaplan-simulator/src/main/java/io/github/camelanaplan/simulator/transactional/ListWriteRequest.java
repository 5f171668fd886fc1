package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code {"items":[...]}} body shared by list item add, update and delete. */
final class ListWriteRequest {

    private ListWriteRequest() {
    }

    /** The entries; 400 for a missing or malformed body and for more than {@code limit} entries. */
    static List<JsonNode> items(ApiRequest request, int limit) throws IOException {
        JsonNode body = request.jsonBody();
        JsonNode items = body.isObject() ? body.get("items") : null;
        if (items == null || !items.isArray()) {
            throw ApiException.badRequest("The request body must be a JSON object with an \"items\" array");
        }
        if (items.size() > limit) {
            throw ApiException.badRequest(String.format(Locale.ROOT,
                    "Too many items in one request: %,d (the limit is %,d)", items.size(), limit));
        }
        List<JsonNode> entries = new ArrayList<>(items.size());
        items.forEach(entries::add);
        return entries;
    }
}
