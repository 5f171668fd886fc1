package io.github.camelanaplan.simulator.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** Reads the header line of a delimited file, for import metadata, without loading the file. */
final class CsvHeader {

    private CsvHeader() {
    }

    /**
     * @param headerRow 1-based line holding the column names; 0 means none
     */
    static List<String> read(InputStream content, Charset charset, int headerRow, String separator,
                             String delimiter) throws IOException {
        if (headerRow <= 0) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(content, charset))) {
            String line = null;
            for (int i = 0; i < headerRow; i++) {
                line = reader.readLine();
                if (line == null) {
                    return List.of();
                }
            }
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            return split(line, separator.isEmpty() ? '\t' : separator.charAt(0),
                    delimiter.isEmpty() ? '"' : delimiter.charAt(0));
        }
    }

    static List<String> split(String line, char separator, char quote) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == quote && i + 1 < line.length() && line.charAt(i + 1) == quote) {
                    field.append(quote);
                    i++;
                } else if (c == quote) {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == quote) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
