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
 *
 * <p>Imports of gigabytes go through here row by row, so a plain field is cut straight out of the buffer; only
 * quoted fields and fields that straddle a buffer refill are assembled character by character.
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
    private int lastFieldCount = 8;

    CsvReader(Reader in, CsvFormat format) {
        this.in = in;
        this.separator = format.separator();
        this.quote = format.quote();
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        if (!started) {
            started = true;
            if (available() && buffer[position] == '\uFEFF') {
                position++;
            }
        }
        if (!available()) {
            return null;
        }
        recordNumber++;
        List<String> fields = new ArrayList<>(lastFieldCount);
        boolean more = true;
        while (more) {
            more = available() && buffer[position] == quote ? quotedField(fields) : plainField(fields, null);
        }
        lastFieldCount = fields.size();
        return fields;
    }

    /** 1-based number of the record {@link #next()} returned last. */
    long recordNumber() {
        return recordNumber;
    }

    /**
     * Reads a field up to its separator or line end; a quote inside it is text.
     *
     * @param prefix text already read for this field (the quoted part of {@code "ab"cd}), or null
     * @return true when a separator followed, so the record has another field
     */
    private boolean plainField(List<String> fields, StringBuilder prefix) throws IOException {
        StringBuilder spill = prefix;
        int start = position;
        while (true) {
            if (position == limit) {
                spill = spill == null ? new StringBuilder() : spill;
                spill.append(buffer, start, position - start);
                if (!available()) {
                    fields.add(spill.toString());
                    return false;
                }
                start = position;
            }
            char c = buffer[position];
            if (c == separator || c == '\n' || c == '\r') {
                fields.add(spill == null ? new String(buffer, start, position - start)
                        : spill.append(buffer, start, position - start).toString());
                position++;
                if (c == '\r' && available() && buffer[position] == '\n') {
                    position++;
                }
                return c == separator;
            }
            position++;
        }
    }

    /** Reads a field that starts with a quote: up to the closing quote, then any text after it. */
    private boolean quotedField(List<String> fields) throws IOException {
        position++;
        StringBuilder field = new StringBuilder();
        while (available()) {
            char c = buffer[position++];
            if (c != quote) {
                field.append(c);
            } else if (available() && buffer[position] == quote) {
                field.append(c);
                position++;
            } else {
                return plainField(fields, field);
            }
        }
        // the input ended inside the quotes: keep what was read
        fields.add(field.toString());
        return false;
    }

    /** True when the buffer holds an unread character, refilling it if needed; false at the end of the input. */
    private boolean available() throws IOException {
        while (position == limit) {
            int read = in.read(buffer, 0, buffer.length);
            if (read < 0) {
                return false;
            }
            position = 0;
            limit = read;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
