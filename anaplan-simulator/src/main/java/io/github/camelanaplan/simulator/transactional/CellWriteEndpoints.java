package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.Envelopes;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /models/{m}/modules/{moduleId}/data} (and the workspace form): writes cells, each entry on its
 * own. Answer: {@code numberOfCellsChanged} and, only when some entries failed, {@code failures}, inside the
 * usual meta/status envelope as the help centre shows it (one Python client treats the mere presence of
 * {@code failures} as a partial failure, so it is left out when empty).
 */
final class CellWriteEndpoints {

    private final Lookups lookups;
    private final TransactionalSettings settings;

    CellWriteEndpoints(Lookups lookups, TransactionalSettings settings) {
        this.lookups = lookups;
        this.settings = settings;
    }

    void register(Router router) {
        router.modelScoped("POST", "/modules/{moduleId}/data", this::write);
    }

    private void write(ApiRequest request, ApiResponse response) throws IOException {
        Model model = lookups.writableModel(request);
        Module module = Lookups.module(model, request);
        JsonNode body = request.jsonBody();
        if (!body.isArray()) {
            throw ApiException.badRequest("The request body must be a JSON array of cells");
        }
        int limit = settings.limits().maxCellWrites();
        if (body.size() > limit) {
            throw ApiException.badRequest(String.format(Locale.ROOT,
                    "Too many cells in one request: %,d (the limit is %,d)", body.size(), limit));
        }
        CellWriter writer = new CellWriter(model, module);
        int changed = 0;
        List<ItemFailure> failures = new ArrayList<>();
        model.dataLock().writeLock().lock();
        try {
            for (int i = 0; i < body.size(); i++) {
                try {
                    if (writer.write(body.get(i))) {
                        changed++;
                    }
                } catch (ItemRejected rejected) {
                    failures.add(rejected.at(i));
                }
            }
        } finally {
            model.dataLock().writeLock().unlock();
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("numberOfCellsChanged", changed);
        if (!failures.isEmpty()) {
            payload.put("failures", failures.stream().map(ItemFailure::json).toList());
        }
        response.json(200, Envelopes.fields(Envelopes.schema(request, "/objects/writeCellDataResponse"), payload));
    }
}
