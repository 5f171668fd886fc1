package io.github.camelanaplan.simulator.transactional;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes comma-separated UTF-8 rows straight to a stream, one field at a time, so a million-row response
 * never exists as a whole in memory. Lines end with {@code \n}.
 */
final class CsvWriter implements Flushable {

    private static final int BUFFER = 64 * 1024;

    private final Writer out;
    private final CsvQuoting quoting;
    private boolean firstField = true;

    CsvWriter(OutputStream stream, CsvQuoting quoting) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
        this.quoting = quoting;
    }

    CsvWriter field(String value) throws IOException {
        if (!firstField) {
            out.write(',');
        }
        firstField = false;
        String text = value == null ? "" : value;
        if (quoting.quotes(text)) {
            out.write('"');
            out.write(text.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(text);
        }
        return this;
    }

    /** Adds {@code count} empty fields, the blank corner cells of a grid. */
    CsvWriter blanks(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            field("");
        }
        return this;
    }

    CsvWriter fields(List<String> values) throws IOException {
        for (String value : values) {
            field(value);
        }
        return this;
    }

    void endRow() throws IOException {
        out.write('\n');
        firstField = true;
    }

    void row(List<String> values) throws IOException {
        fields(values);
        endRow();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
