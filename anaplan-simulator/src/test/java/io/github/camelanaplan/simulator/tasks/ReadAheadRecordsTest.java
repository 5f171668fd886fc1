package io.github.camelanaplan.simulator.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAheadRecordsTest {

    private static final CsvFormat COMMA = new CsvFormat(',', '"', StandardCharsets.UTF_8);

    private static String rows(int count) {
        StringBuilder text = new StringBuilder("h1,h2\n");
        for (int i = 1; i <= count; i++) {
            text.append("r").append(i).append(",\"x\ny\"\n");
        }
        return text.toString();
    }

    @Test
    void recordsComeInFileOrderWithTheirRecordNumbers() throws IOException {
        try (CsvReader reader = new CsvReader(new StringReader(rows(5_000)), COMMA)) {
            assertThat(reader.next()).containsExactly("h1", "h2");
            try (ReadAheadRecords records = new ReadAheadRecords(reader, "read-ahead-order")) {
                for (int i = 1; i <= 5_000; i++) {
                    assertThat(records.next()).containsExactly("r" + i, "x\ny");
                    assertThat(records.recordNumber()).isEqualTo(i + 1);
                }
                assertThat(records.next()).isNull();
                assertThat(records.next()).isNull();
            }
        }
    }

    @Test
    void closingEarlyStopsTheReadingThread() throws IOException {
        try (CsvReader reader = new CsvReader(new StringReader(rows(100_000)), COMMA)) {
            ReadAheadRecords records = new ReadAheadRecords(reader, "read-ahead-closed-early");
            assertThat(records.next()).containsExactly("h1", "h2");
            records.close();
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("read-ahead-closed-early"));
        }
    }

    @Test
    void aReadFailureArrivesAfterTheRecordsBeforeIt() throws IOException {
        Reader failing = new Reader() {
            private final Reader text = new StringReader("a\nb\n");

            @Override
            public int read(char[] target, int offset, int length) throws IOException {
                int n = text.read(target, offset, length);
                if (n < 0) {
                    throw new IOException("disk gone");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        try (CsvReader reader = new CsvReader(failing, COMMA);
             ReadAheadRecords records = new ReadAheadRecords(reader, "read-ahead-failing")) {
            assertThat(List.of(records.next(), records.next())).containsExactly(List.of("a"), List.of("b"));
            assertThatThrownBy(records::next).isInstanceOf(IOException.class).hasMessage("disk gone");
        }
    }
}
