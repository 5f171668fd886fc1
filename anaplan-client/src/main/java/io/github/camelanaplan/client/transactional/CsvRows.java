package io.github.camelanaplan.client.transactional;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Rows of a CSV stream (comma-separated, double-quote quoting with doubled quotes, LF or CRLF line ends), read one at
 * a time. Closing it closes the underlying stream (for a read request: deletes it).
 */
public final class CsvRows implements Iterator<List<String>>, Closeable {

    private final Reader reader;
    private final Closeable source;
    private List<String> next;
    private boolean done;

    /** @param in UTF-8 CSV; closed by {@link #close()} */
    public CsvRows(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        this.source = in;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = readRow();
            } catch (IOException e) {
                throw new UncheckedIOException("reading CSV failed: " + e.getMessage(), e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public List<String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<String> row = next;
        next = null;
        return row;
    }

    private List<String> readRow() throws IOException {
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    throw new IOException("CSV ends inside a quoted field");
                }
                if (c == '"') {
                    reader.mark(1);
                    int after = reader.read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (after >= 0) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c < 0 || c == '\n') {
                fields.add(field.toString());
                return fields;
            } else if (c == '\r') {
                reader.mark(1);
                int after = reader.read();
                if (after != '\n' && after >= 0) {
                    reader.reset();
                }
                fields.add(field.toString());
                return fields;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else {
                field.append((char) c);
            }
            c = reader.read();
        }
    }

    @Override
    public void close() throws IOException {
        done = true;
        next = null;
        source.close();
    }
}
