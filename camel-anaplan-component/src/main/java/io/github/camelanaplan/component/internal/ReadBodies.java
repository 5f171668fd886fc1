package io.github.camelanaplan.component.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelanaplan.client.transactional.CsvRows;
import io.github.camelanaplan.component.internal.TransactionalOptions.OutputFormat;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Sets the body of {@code list-read} and {@code view-read} in the requested format. A CSV stream body is closed
 * when the exchange completes, which also deletes a large read request the stream is reading from.
 */
public final class ReadBodies {

    private final ObjectMapper json;

    public ReadBodies(ObjectMapper json) {
        this.json = json;
    }

    /** Rows already in memory, as a list or JSON text. */
    public void setRows(Exchange exchange, List<? extends Map<String, ?>> rows, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            try {
                exchange.getMessage().setBody(json.writeValueAsString(rows));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot write the rows as JSON", e);
            }
        } else {
            exchange.getMessage().setBody(rows);
        }
    }

    /** A CSV stream: as the body (closed on completion), or parsed into rows keyed by the header when asked for. */
    public void setCsv(Exchange exchange, InputStream csv, OutputFormat format) {
        if (format == OutputFormat.CSV) {
            exchange.getMessage().setBody(csv);
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    try {
                        csv.close();
                    } catch (IOException e) {
                        // Closing only releases the connection or read request; the exchange's outcome stands.
                    }
                }
            });
            return;
        }
        setRows(exchange, toRows(csv), format);
    }

    private static List<Map<String, String>> toRows(InputStream csv) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvRows lines = new CsvRows(csv)) {
            List<String> header = lines.hasNext() ? lines.next() : List.of();
            while (lines.hasNext()) {
                List<String> line = lines.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < line.size() ? line.get(i) : null);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the CSV rows failed", e);
        }
        return rows;
    }
}
