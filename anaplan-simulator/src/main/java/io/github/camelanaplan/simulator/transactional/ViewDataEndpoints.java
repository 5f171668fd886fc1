package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.BodyWriter;
import io.github.camelanaplan.simulator.http.Router;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.View;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code GET /models/{m}/views/{viewId}/data} (and the workspace form): one page of a view as a CSV grid
 * (default, {@code text/csv} or {@code text/csv;escaped=true}) or as JSON ({@code Accept: application/json}
 * plus {@code format=v1}). With {@code exportType} (and, for the tabular ones, the view's {@code moduleId}) the
 * whole view comes back in that layout instead, as CSV. Above the cell limit: 400 and no partial data.
 *
 * <p>The model's read lock is held while the answer is written, so it never shows half an import.
 */
final class ViewDataEndpoints {

    private final Lookups lookups;
    private final TransactionalSettings settings;
    private final ObjectMapper json;

    ViewDataEndpoints(Lookups lookups, TransactionalSettings settings, ObjectMapper json) {
        this.lookups = lookups;
        this.settings = settings;
        this.json = json;
    }

    void register(Router router) {
        router.modelScoped("GET", "/views/{viewId}/data", this::data);
    }

    private void data(ApiRequest request, ApiResponse response) throws IOException {
        Model model = lookups.readableModel(request);
        View view = Lookups.view(model, request);
        long limit = settings.limits().maxViewCells();
        model.dataLock().readLock().lock();
        try {
            ViewAxes axes = ViewAxes.of(model, view);
            String exportType = request.query("exportType");
            if (exportType != null && !exportType.isBlank()) {
                layout(request, response, axes, ViewLayout.parse(exportType), limit);
                return;
            }
            PageSelection page = PageSelection.parse(axes, request.queryAll("pages"));
            checkLimit(cells(() -> GridRenderer.cellCount(axes)), limit);
            GridRenderer grid = new GridRenderer(axes, page);
            if (MediaTypes.acceptsJson(request) && "v1".equalsIgnoreCase(request.query("format"))) {
                response.write(200, MediaTypes.JSON, -1, out -> {
                    try (JsonGenerator generator = json.createGenerator(out)) {
                        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                        grid.json(generator);
                    }
                });
            } else {
                response.write(200, MediaTypes.CSV, -1, csv(request, grid::csv));
            }
        } finally {
            model.dataLock().readLock().unlock();
        }
    }

    private static void layout(ApiRequest request, ApiResponse response, ViewAxes axes, ViewLayout layout,
                               long limit) throws IOException {
        if (layout.tabular()) {
            String moduleId = request.query("moduleId");
            if (moduleId == null || moduleId.isBlank()) {
                throw ApiException.badRequest("moduleId is required with exportType " + layout.name());
            }
            if (!moduleId.equals(axes.module().id())) {
                throw ApiException.badRequest("View " + axes.view().id() + " does not belong to module " + moduleId);
            }
        }
        checkLimit(cells(() -> layout.cells(axes)), limit);
        RowSource rows = layout.rows(axes);
        response.write(200, MediaTypes.CSV, -1, csv(request, csv -> {
            csv.row(rows.header());
            rows.write(0, rows.rowCount(), csv);
        }));
    }

    private static BodyWriter csv(ApiRequest request, CsvBody body) {
        return out -> {
            CsvWriter csv = new CsvWriter(out, MediaTypes.quoting(request));
            body.write(csv);
            csv.flush();
        };
    }

    private static void checkLimit(long cells, long limit) {
        if (cells > limit) {
            throw ApiException.badRequest(String.format(Locale.ROOT,
                    "The view has %,d cells, more than the limit of %,d. Use a large volume read request instead.",
                    cells, limit));
        }
    }

    /** A cell count that overflows a long is simply more than any limit. */
    private static long cells(java.util.function.LongSupplier count) {
        try {
            return count.getAsLong();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    @FunctionalInterface
    private interface CsvBody {

        void write(CsvWriter csv) throws IOException;
    }
}
