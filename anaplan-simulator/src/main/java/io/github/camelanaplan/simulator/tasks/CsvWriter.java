package io.github.camelanaplan.simulator.tasks;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes delimited text, quoting only fields that need it (separator, quote or line break inside). */
final class CsvWriter implements Closeable {

    private final Writer out;
    private final int separator;
    private final int quote;

    CsvWriter(Writer out, CsvFormat format) {
        this.out = out;
        this.separator = format.separator() == CsvFormat.NONE ? ',' : format.separator();
        this.quote = format.quote();
    }

    void write(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            writeField(fields.get(i) == null ? "" : fields.get(i));
        }
        out.write('\n');
    }

    private void writeField(String field) throws IOException {
        if (quote == CsvFormat.NONE || !needsQuotes(field)) {
            out.write(field);
            return;
        }
        out.write(quote);
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == quote) {
                out.write(quote);
            }
            out.write(c);
        }
        out.write(quote);
    }

    private boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == separator || c == quote || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
