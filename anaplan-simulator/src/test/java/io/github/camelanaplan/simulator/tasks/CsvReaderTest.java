package io.github.camelanaplan.simulator.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static final CsvFormat COMMA = new CsvFormat(',', '"', StandardCharsets.UTF_8);
    private static final CsvFormat TAB = new CsvFormat('\t', '"', StandardCharsets.UTF_8);

    private static List<List<String>> read(String text, CsvFormat format) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text), format)) {
            List<String> record;
            while ((record = reader.next()) != null) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void quotedFieldsKeepSeparatorsLineBreaksAndDoubledQuotes() throws IOException {
        List<List<String>> records = read("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\n", COMMA);

        assertThat(records).containsExactly(
                List.of("a", "b,c", "say \"hi\""),
                List.of("two\nlines", "x", ""));
    }

    @Test
    void everyLineEndingEndsARecordAndAByteOrderMarkIsDropped() throws IOException {
        assertThat(read("\uFEFFh1\th2\ra\tb\nc\td\r\n", TAB))
                .containsExactly(List.of("h1", "h2"), List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void recordNumbersCountRecordsNotPhysicalLines() throws IOException {
        try (CsvReader reader = new CsvReader(new StringReader("h\n\"x\ny\"\nz"), COMMA)) {
            reader.next();
            reader.next();
            assertThat(reader.recordNumber()).isEqualTo(2);
            assertThat(reader.next()).containsExactly("z");
            assertThat(reader.recordNumber()).isEqualTo(3);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void writerQuotesOnlyWhenNeededAndReadsBackTheSameFields() throws IOException {
        StringWriter out = new StringWriter();
        List<String> fields = List.of("plain", "with,comma", "with \"quote\"", "multi\nline", "");
        try (CsvWriter writer = new CsvWriter(out, COMMA)) {
            writer.write(fields);
        }
        assertThat(out.toString()).isEqualTo("plain,\"with,comma\",\"with \"\"quote\"\"\",\"multi\nline\",\n");
        assertThat(read(out.toString(), COMMA)).containsExactly(fields);
    }

    @Test
    void recordsComeOutWholeWhereverTheInputIsCutBetweenReads() throws IOException {
        Random random = new Random(20261123);
        String alphabet = "ab ,\"\n\r\u00e9";
        String[] lineEnds = {"\n", "\r\n", "\r"};
        List<List<String>> written = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < 3_000; r++) {
            List<String> fields = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int f = 0; f < count; f++) {
                StringBuilder field = new StringBuilder();
                int length = random.nextInt(4) == 0 ? random.nextInt(200) : random.nextInt(6);
                for (int i = 0; i < length; i++) {
                    field.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                fields.add(field.toString());
            }
            if (fields.equals(List.of(""))) {
                continue;
            }
            StringWriter out = new StringWriter();
            try (CsvWriter writer = new CsvWriter(out, COMMA)) {
                writer.write(fields);
            }
            String record = out.toString();
            text.append(record, 0, record.length() - 1).append(lineEnds[random.nextInt(lineEnds.length)]);
            written.add(fields);
        }

        List<List<String>> read = new ArrayList<>();
        // reads of 1 to 16 characters put a buffer refill inside every kind of field and line end
        try (CsvReader reader = new CsvReader(new Trickle(text.toString(), random), COMMA)) {
            for (List<String> record; (record = reader.next()) != null; ) {
                read.add(record);
            }
        }
        assertThat(read).isEqualTo(written);
    }

    /** Hands out its text a few characters per read. */
    private static final class Trickle extends Reader {
        private final String text;
        private final Random random;
        private int at;

        Trickle(String text, Random random) {
            this.text = text;
            this.random = random;
        }

        @Override
        public int read(char[] target, int offset, int length) {
            if (at == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + random.nextInt(16)), text.length() - at);
            text.getChars(at, at + n, target, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
