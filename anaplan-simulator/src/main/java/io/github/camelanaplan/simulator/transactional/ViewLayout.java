package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.http.ApiException;
import java.util.Locale;

/**
 * The tabular and grid layouts of view exports ({@code exportType} of view read requests and of
 * {@code GET .../views/{viewId}/data}). {@code TABULAR_SINGLE_ITEMS}, which one help page writes, is taken as
 * {@code TABULAR_SINGLE_COLUMN}.
 */
enum ViewLayout {

    TABULAR_MULTI_COLUMN,
    TABULAR_SINGLE_COLUMN,
    GRID_ALL_PAGES,
    GRID_CURRENT_PAGE;

    /** 400 for an unknown name. */
    static ViewLayout parse(String exportType) {
        String name = exportType.trim().toUpperCase(Locale.ROOT);
        if (name.equals("TABULAR_SINGLE_ITEMS")) {
            return TABULAR_SINGLE_COLUMN;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Invalid exportType '" + exportType + "': use TABULAR_MULTI_COLUMN,"
                    + " TABULAR_SINGLE_COLUMN, GRID_ALL_PAGES or GRID_CURRENT_PAGE");
        }
    }

    boolean tabular() {
        return this == TABULAR_MULTI_COLUMN || this == TABULAR_SINGLE_COLUMN;
    }

    RowSource rows(ViewAxes axes) {
        return switch (this) {
            case TABULAR_MULTI_COLUMN -> new TabularMultiColumnRows(axes);
            case TABULAR_SINGLE_COLUMN -> new TabularSingleColumnRows(axes);
            case GRID_ALL_PAGES -> new GridRows(axes, true);
            case GRID_CURRENT_PAGE -> new GridRows(axes, false);
        };
    }

    /** Cells the layout covers, for the 1,000,000-cell limit of the data endpoint. */
    long cells(ViewAxes axes) {
        RowSource rows = rows(axes);
        long perRow = switch (this) {
            case TABULAR_MULTI_COLUMN -> Math.max(1, axes.lineItems().size());
            case TABULAR_SINGLE_COLUMN -> 1;
            case GRID_ALL_PAGES, GRID_CURRENT_PAGE -> ViewAxes.combinations(axes.columns()).size();
        };
        return Math.multiplyExact(rows.rowCount(), perRow);
    }
}
