package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.ExportDef;
import io.github.camelanaplan.simulator.state.FileDef;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * How a delimited text file is written: column separator, text delimiter (quote) and encoding, as a file
 * definition declares them ({@code separator} {@code ","} or {@code "\t"}, {@code delimiter} {@code "\""},
 * {@code encoding} UTF-8, ISO-8859-1 or UTF-16LE).
 *
 * @param separator the column separator, or {@link #NONE} for single-column files
 * @param quote     the text delimiter, or {@link #NONE} when fields are never quoted
 */
record CsvFormat(int separator, int quote, Charset charset) {

    static final int NONE = -1;

    static CsvFormat of(FileDef file) {
        return new CsvFormat(character(file.separator()), character(file.delimiter()), charset(file.encoding()));
    }

    static CsvFormat of(ExportDef export) {
        return new CsvFormat(character(export.separator()), character(export.delimiter()),
                charset(export.encoding()));
    }

    /** Dumps are always UTF-8 with the source's separator, so any client can read them as text. */
    CsvFormat withCharset(Charset value) {
        return new CsvFormat(separator, quote, value);
    }

    /** Takes the first character; {@code \t} written out as two characters also means a tab. */
    private static int character(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        if (text.equals("\\t")) {
            return '\t';
        }
        return text.charAt(0);
    }

    private static Charset charset(String encoding) {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
