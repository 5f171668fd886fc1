package io.github.camelanaplan.simulator.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
}
