package io.github.camelanaplan.component.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import io.github.camelanaplan.client.transactional.CsvRows;
import io.github.camelanaplan.client.transactional.ListItemWrite;

/**
 * A CSV {@code list-write} body read row by row: the header row names the columns ({@code name}, {@code code},
 * {@code parent}, {@code id}, any other column is a property). Only the current row is in memory, which is what
 * lets a multi-million-row file go through the batch pipeline.
 */
final class CsvListItems implements ListItemEntries.CloseableIterator<ListItemWrite> {

    private static final Set<String> FIELDS = Set.of("id", "name", "code", "parent");

    private final CsvRows rows;
    private final List<String> header;
    private long index;

    CsvListItems(InputStream in) {
        this.rows = new CsvRows(in);
        if (!rows.hasNext()) {
            closeQuietly();
            throw new IllegalArgumentException("The CSV body is empty: expected a header row naming the columns name and/or code");
        }
        this.header = rows.next().stream().map(String::trim).toList();
        boolean hasKey = header.stream().anyMatch(c -> c.equalsIgnoreCase("name") || c.equalsIgnoreCase("code"));
        boolean hasId = header.stream().anyMatch(c -> c.equalsIgnoreCase("id"));
        if (!hasKey && !hasId) {
            closeQuietly();
            throw new IllegalArgumentException("The CSV header " + header + " has neither a 'name' nor a 'code' column;"
                                               + " list items need one of them (or 'id' to update or delete)"
                                               + separatorHint(header));
        }
    }

    /** A header read as one column that holds semicolons or tabs was written with another separator. */
    private static String separatorHint(List<String> header) {
        if (header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"))) {
            return "; the header is a single column: separate the columns with commas";
        }
        return "";
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public ListItemWrite next() {
        if (!rows.hasNext()) {
            throw new NoSuchElementException();
        }
        List<String> row = rows.next();
        long position = index++;
        Map<String, Object> entry = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String value = i < row.size() ? row.get(i) : null;
            if (FIELDS.contains(column.toLowerCase(Locale.ROOT))) {
                entry.put(column.toLowerCase(Locale.ROOT), value);
            } else if (value != null) {
                entry.put(column, value);
            }
        }
        return ListItemEntries.fromMap(entry, position);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    private void closeQuietly() {
        try {
            rows.close();
        } catch (IOException e) {
            // The body is rejected anyway; the error about its header is the one worth reporting.
        }
    }
}
