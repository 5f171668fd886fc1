package io.github.camelanaplan.simulator.tasks;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming reader of delimited text: one record at a time, so files of hundreds of megabytes never sit in
 * memory. Quoted fields may contain separators, line breaks and doubled quotes; CRLF, LF and CR all end a
 * record; a leading byte order mark is dropped.
 */
final class CsvReader implements Closeable {

    private static final int BUFFER = 64 * 1024;

    private final Reader in;
    private final int separator;
    private final int quote;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private boolean started;
    private long recordNumber;

    CsvReader(Reader in, CsvFormat format) {
        this.in = in;
        this.separator = format.separator();
        this.quote = format.quote();
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c < 0) {
            return null;
        }
        recordNumber++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        while (c >= 0) {
            if (inQuotes) {
                if (c == quote) {
                    int following = read();
                    if (following == quote) {
                        field.append((char) quote);
                    } else {
                        inQuotes = false;
                        c = following;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
            } else if (c == '\n') {
                break;
            } else if (c == '\r') {
                int following = read();
                if (following != '\n' && following >= 0) {
                    position--;
                }
                break;
            } else if (c == quote && field.length() == 0 && !quoted) {
                quoted = true;
                inQuotes = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
        fields.add(field.toString());
        return fields;
    }

    /** 1-based number of the record {@link #next()} returned last. */
    long recordNumber() {
        return recordNumber;
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
