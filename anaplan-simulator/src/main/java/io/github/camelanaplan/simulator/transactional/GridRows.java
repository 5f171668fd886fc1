package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.DimensionItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GRID_ALL_PAGES} and {@code GRID_CURRENT_PAGE} as a single table, so they can be cut into pages: one
 * header line with the page dimension names, the row dimension names, then one label per column (the column
 * items' names joined with {@code " / "} when several dimensions are on columns); then per page and row: the
 * page item names, the row item names, the cells. All pages, or only the default page (first items).
 */
final class GridRows implements RowSource {

    private final ViewAxes axes;
    private final Combinations pages;
    private final Combinations rows;
    private final Combinations columns;

    GridRows(ViewAxes axes, boolean allPages) {
        this.axes = axes;
        this.pages = allPages ? ViewAxes.combinations(axes.pages()) : firstPage(axes);
        this.rows = ViewAxes.combinations(axes.rows());
        this.columns = ViewAxes.combinations(axes.columns());
    }

    private static Combinations firstPage(ViewAxes axes) {
        PageSelection first = PageSelection.first(axes);
        if (!first.complete()) {
            return new Combinations(List.of(List.of()));
        }
        return new Combinations(first.items().stream().map(List::of).toList());
    }

    @Override
    public List<String> header() {
        List<String> header = new ArrayList<>();
        axes.pages().forEach(axis -> header.add(axis.name()));
        axes.rows().forEach(axis -> header.add(axis.name()));
        for (long c = 0; c < columns.size(); c++) {
            header.add(String.join(" / ", Combinations.names(columns.get(c))));
        }
        return header;
    }

    @Override
    public long rowCount() {
        return Math.multiplyExact(pages.size(), rows.size());
    }

    @Override
    public void write(long from, long to, CsvWriter csv) throws IOException {
        CellLookup cells = new CellLookup(axes);
        List<List<DimensionItem>> columnItems = new ArrayList<>();
        for (long c = 0; c < columns.size(); c++) {
            columnItems.add(columns.get(c));
        }
        for (long i = from; i < to; i++) {
            List<DimensionItem> page = pages.get(i / rows.size());
            List<DimensionItem> row = rows.get(i % rows.size());
            cells.place(axes.pages(), page);
            cells.place(axes.rows(), row);
            csv.fields(Combinations.names(page));
            csv.fields(Combinations.names(row));
            for (List<DimensionItem> column : columnItems) {
                cells.place(axes.columns(), column);
                csv.field(cells.value());
            }
            csv.endRow();
        }
    }
}
