package io.github.camelanaplan.client.transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The ids, codes and names of a list's items, the keys upsert and reconciliation match on.
 *
 * @param ids   ids of all items, or {@code null} when they were not read (an upsert matches on codes and names only)
 * @param codes codes of items that have one
 * @param names names of all items
 */
record ListKeys(CompactStringSet ids, CompactStringSet codes, CompactStringSet names) {

    /** @return whether an entry's item is present: by id when it has one, else by code, else by name */
    boolean containsItem(ListItemWrite item) {
        if (item.id() != null) {
            if (ids == null) {
                throw new IllegalStateException("the ids of the list's items were not read");
            }
            return ids.contains(item.id());
        }
        return contains(item);
    }

    /** @return whether an entry's key (its code, or its name when it has no code) is present */
    boolean contains(ListItemWrite item) {
        if (item.code() != null && !item.code().isEmpty()) {
            return codes.contains(item.code());
        }
        return item.name() != null && names.contains(item.name());
    }

    /**
     * Reads the keys from list-items CSV (header {@code id,name,code,...}).
     *
     * @param csv     CSV stream, closed here
     * @param withIds whether to keep the ids too, which only matching entries by id needs
     * @return the keys
     */
    static ListKeys fromCsv(InputStream csv, boolean withIds) {
        CompactStringSet ids = withIds ? new CompactStringSet() : null;
        CompactStringSet codes = new CompactStringSet();
        CompactStringSet names = new CompactStringSet();
        try (CsvRows rows = new CsvRows(csv)) {
            if (!rows.hasNext()) {
                return new ListKeys(ids, codes, names);
            }
            List<String> header = rows.next();
            int idColumn = header.indexOf("id");
            int nameColumn = header.indexOf("name");
            int codeColumn = header.indexOf("code");
            if (nameColumn < 0) {
                throw new IllegalStateException("list items CSV has no 'name' column; header: " + header);
            }
            while (rows.hasNext()) {
                List<String> row = rows.next();
                if (row.size() == 1 && row.get(0).isEmpty()) {
                    continue;
                }
                names.add(row.get(nameColumn));
                if (ids != null && idColumn >= 0) {
                    ids.add(row.get(idColumn));
                }
                if (codeColumn >= 0 && codeColumn < row.size() && !row.get(codeColumn).isEmpty()) {
                    codes.add(row.get(codeColumn));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ListKeys(ids, codes, names);
    }
}
