package io.github.camelanaplan.simulator.transactional;

import java.io.IOException;
import java.util.List;

/**
 * Tabular CSV content addressable by row number, so read-request pages and large CSV answers can be written
 * a slice at a time without building the whole table.
 */
interface RowSource {

    List<String> header();

    long rowCount();

    /** Writes data rows {@code from} (inclusive) to {@code to} (exclusive). */
    void write(long from, long to, CsvWriter csv) throws IOException;
}
