package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.DimensionItem;
import io.github.camelanaplan.simulator.state.LineItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code TABULAR_SINGLE_COLUMN}: one row per cell. Columns: the view's dimensions (Line Items aside, in the
 * module's dimension order), then {@code Line Items} with the line item name, then {@code Value}.
 */
final class TabularSingleColumnRows implements RowSource {

    private final ViewAxes axes;
    private final List<ViewAxes.Axis> dimensions;
    private final Combinations combinations;
    private final List<LineItem> lineItems;

    TabularSingleColumnRows(ViewAxes axes) {
        this.axes = axes;
        this.dimensions = axes.dataAxes();
        this.combinations = ViewAxes.combinations(dimensions);
        this.lineItems = axes.lineItems();
    }

    @Override
    public List<String> header() {
        List<String> header = new ArrayList<>();
        dimensions.forEach(axis -> header.add(axis.name()));
        header.add("Line Items");
        header.add("Value");
        return header;
    }

    @Override
    public long rowCount() {
        return lineItems.isEmpty() ? 0 : Math.multiplyExact(combinations.size(), lineItems.size());
    }

    @Override
    public void write(long from, long to, CsvWriter csv) throws IOException {
        CellLookup cells = new CellLookup(axes);
        for (long i = from; i < to; i++) {
            List<DimensionItem> combination = combinations.get(i / lineItems.size());
            LineItem lineItem = lineItems.get((int) (i % lineItems.size()));
            cells.place(dimensions, combination);
            csv.fields(Combinations.names(combination));
            csv.field(lineItem.name());
            csv.field(cells.value(lineItem));
            csv.endRow();
        }
    }
}
