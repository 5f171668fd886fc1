package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.DimensionItem;
import io.github.camelanaplan.simulator.state.LineItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code TABULAR_MULTI_COLUMN}: one column per dimension of the view (Line Items aside, in the module's
 * dimension order) holding item names, then one column per line item of the view; one row per combination of
 * dimension items across all pages.
 */
final class TabularMultiColumnRows implements RowSource {

    private final ViewAxes axes;
    private final List<ViewAxes.Axis> dimensions;
    private final Combinations combinations;
    private final List<LineItem> lineItems;

    TabularMultiColumnRows(ViewAxes axes) {
        this.axes = axes;
        this.dimensions = axes.dataAxes();
        this.combinations = ViewAxes.combinations(dimensions);
        this.lineItems = axes.lineItems();
    }

    @Override
    public List<String> header() {
        List<String> header = new ArrayList<>();
        dimensions.forEach(axis -> header.add(axis.name()));
        lineItems.forEach(lineItem -> header.add(lineItem.name()));
        return header;
    }

    @Override
    public long rowCount() {
        return combinations.size();
    }

    @Override
    public void write(long from, long to, CsvWriter csv) throws IOException {
        CellLookup cells = new CellLookup(axes);
        for (long i = from; i < to; i++) {
            List<DimensionItem> row = combinations.get(i);
            cells.place(dimensions, row);
            csv.fields(Combinations.names(row));
            for (LineItem lineItem : lineItems) {
                csv.field(cells.value(lineItem));
            }
            csv.endRow();
        }
    }
}
