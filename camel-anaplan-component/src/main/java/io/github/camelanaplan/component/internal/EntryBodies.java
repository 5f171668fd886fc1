package io.github.camelanaplan.component.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelanaplan.client.transactional.ListItemWrite;
import org.apache.camel.Exchange;

/**
 * Reads the entries of a write body lazily: a {@link Iterable} of maps, records or beans, JSON (an array of objects)
 * as text, bytes or a stream, or, for list writes, CSV with a header row. Text whose first non-blank character is {@code [} is
 * JSON, anything else CSV. Streams and files are read as they are consumed, never buffered whole.
 */
public final class EntryBodies {

    private static final TypeReference<Map<String, Object>> MAP_TYPE = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public EntryBodies(ObjectMapper json) {
        this.json = json;
    }

    /** The entries of a {@code list-write} body. Close the result to close a stream or file body. */
    public ListItemEntries.CloseableIterator<ListItemWrite> listItems(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof Iterable<?> iterable) {
            return ListItemEntries.fromMaps(asMaps(iterable.iterator()), null);
        }
        InputStream in = open(exchange, body);
        if (startsWithBracket(in)) {
            MappingIterator<Map<String, Object>> maps = jsonObjects(in);
            return ListItemEntries.fromMaps(reportingSyntaxErrors(maps), maps);
        }
        return new CsvListItems(in);
    }

    /** The entries of a JSON-or-list body (cell writes), as maps; the caller closes a stream through {@code source}. */
    public Iterator<?> maps(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof Iterable<?> iterable) {
            return asMaps(iterable.iterator());
        }
        InputStream in = open(exchange, body);
        if (!startsWithBracket(in)) {
            throw new IllegalArgumentException("The body is neither a List of Maps nor a JSON array of objects");
        }
        return reportingSyntaxErrors(jsonObjects(in));
    }

    /**
     * Jackson reports a syntax error half-way through the array as a bare RuntimeException when the entry is read;
     * restate it as bad input, with the position, so the user sees that the body (not the component) is wrong.
     */
    private static Iterator<Map<String, Object>> reportingSyntaxErrors(MappingIterator<Map<String, Object>> maps) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return maps.hasNext();
                } catch (RuntimeException e) {
                    throw invalidJson(e);
                }
            }

            @Override
            public Map<String, Object> next() {
                try {
                    return maps.next();
                } catch (RuntimeException e) {
                    throw invalidJson(e);
                }
            }
        };
    }

    private static RuntimeException invalidJson(RuntimeException e) {
        if (e.getCause() instanceof JsonProcessingException syntax) {
            JsonLocation at = syntax.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return new IllegalArgumentException("The body is not a valid JSON array of objects" + where + ": "
                                                + syntax.getOriginalMessage(), syntax);
        }
        return e;
    }

    /**
     * Records and beans become maps through Jackson, so a route can hand over its own types and rename fields with
     * {@code @JsonProperty}; absent (null) fields are left out, as they would be in a map.
     */
    private Iterator<Object> asMaps(Iterator<?> entries) {
        return new Iterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Object next() {
                long position = index++;
                Object entry = entries.next();
                if (entry == null || entry instanceof Map<?, ?> || entry instanceof CharSequence || entry instanceof Number
                    || entry instanceof Boolean) {
                    return entry;
                }
                try {
                    Map<String, Object> map = json.convertValue(entry, MAP_TYPE);
                    map.values().removeIf(Objects::isNull);
                    return map;
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Entry " + position + " is a " + entry.getClass().getName()
                                                       + " that cannot be read as an object with properties: "
                                                       + e.getMessage(), e);
                }
            }
        };
    }

    private MappingIterator<Map<String, Object>> jsonObjects(InputStream in) {
        try {
            // A reader over a top-level array yields its elements one at a time.
            return json.readerFor(Map.class).readValues(in);
        } catch (JsonProcessingException e) {
            throw invalidJson(new RuntimeException(e));
        } catch (IOException e) {
            throw new UncheckedIOException("The body is not a JSON array of objects", e);
        }
    }

    private static InputStream open(Exchange exchange, Object body) {
        if (body == null) {
            throw new IllegalArgumentException("The body is empty: expected a List of Maps, a JSON array or CSV");
        }
        try {
            InputStream in;
            if (body instanceof String text) {
                in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            } else if (body instanceof byte[] bytes) {
                in = new ByteArrayInputStream(bytes);
            } else if (body instanceof File file) {
                in = Files.newInputStream(file.toPath());
            } else {
                in = exchange.getContext().getTypeConverter().mandatoryConvertTo(InputStream.class, exchange, body);
            }
            return in.markSupported() ? in : new BufferedInputStream(in, 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the body", e);
        } catch (org.apache.camel.NoTypeConversionAvailableException e) {
            throw new IllegalArgumentException("Cannot read a " + body.getClass().getName()
                                               + " body: expected a List of Maps, JSON or CSV", e);
        }
    }

    /** Peeks at the first non-blank byte (after a UTF-8 byte-order mark) and resets the stream. */
    private static boolean startsWithBracket(InputStream in) {
        try {
            in.mark(4096);
            int b;
            int seen = 0;
            do {
                b = in.read();
                seen++;
            } while (b >= 0 && seen < 4096 && (Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF));
            in.reset();
            return b == '[';
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the body", e);
        }
    }
}
