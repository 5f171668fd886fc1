package io.github.camelanaplan.simulator.transactional;

import java.io.IOException;
import java.util.List;

/** A list's items with every subset and property column, as list read-request pages carry them. */
record ListRows(ListItemSource items, ListItemColumns columns) implements RowSource {

    @Override
    public List<String> header() {
        return columns.header();
    }

    @Override
    public long rowCount() {
        return items.size();
    }

    @Override
    public void write(long from, long to, CsvWriter csv) throws IOException {
        for (long i = from; i < to; i++) {
            csv.row(columns.row(items.get((int) i)));
        }
    }
}
