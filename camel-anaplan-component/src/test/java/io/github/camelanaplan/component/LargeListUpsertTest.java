package io.github.camelanaplan.component;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.github.camelanaplan.client.transactional.ItemFailure;
import io.github.camelanaplan.client.transactional.ListWriteResult;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upsert of a generated CSV stream through the route: several batches, a few rejected rows whose indexes must
 * come back right. 30,000 rows by default; {@code -Dlarge} runs the 250,000-row version.
 */
class LargeListUpsertTest extends AnaplanTestSupport {

    private static final int ROWS = Boolean.getBoolean("large") ? 250_000 : 30_000;
    /** Every 997th row carries a Unit Price Anaplan rejects. */
    private static final int BAD_EVERY = 997;

    @Test
    void upsertsAGeneratedCsvStreamInBatches() {
        Exchange done = send("anaplan:list-write?list=Products&listBatchSize=4000&listBatchesInFlight=2&" + DEMO_MODEL,
                new GeneratedCsv(ROWS, "Bulk"));
        assertThat(done.getException()).isNull();
        ListWriteResult result = done.getMessage().getBody(ListWriteResult.class);
        long bad = ROWS / BAD_EVERY;
        assertThat(result.total()).isEqualTo(ROWS);
        assertThat(result.batches()).isGreaterThanOrEqualTo(ROWS / 4000);
        assertThat(result.added()).isEqualTo(ROWS - bad);
        assertThat(result.failures()).hasSize((int) bad);
        assertThat(result.failures()).extracting(ItemFailure::index).allMatch(i -> (i + 1) % BAD_EVERY == 0);
        assertThat(result.failures()).extracting(ItemFailure::failureType).containsOnly("INCORRECT_FORMAT");

        // The same codes again: now every good row is an update.
        ListWriteResult again = send("anaplan:list-write?list=Products&listBatchSize=4000&" + DEMO_MODEL,
                new GeneratedCsv(ROWS, "Bulk again")).getMessage().getBody(ListWriteResult.class);
        assertThat(again.updated()).isEqualTo(ROWS - bad);
        assertThat(again.added()).isZero();
        assertThat(again.failures()).hasSize((int) bad);
    }

    /** CSV produced row by row as it is read, so the test holds one row, like a file or socket source would. */
    private static final class GeneratedCsv extends InputStream {
        private final int rows;
        private final String namePrefix;
        private int next = -1;
        private byte[] line = new byte[0];
        private int position;

        GeneratedCsv(int rows, String namePrefix) {
            this.rows = rows;
            this.namePrefix = namePrefix;
        }

        @Override
        public int read() {
            while (position >= line.length) {
                if (next >= rows) {
                    return -1;
                }
                line = (next < 0 ? "code,name,parent,Unit Price\n" : row(next)).getBytes(StandardCharsets.UTF_8);
                position = 0;
                next++;
            }
            return line[position++] & 0xFF;
        }

        private String row(int i) {
            String price = (i + 1) % BAD_EVERY == 0 ? "bad" : String.valueOf(i % 100);
            return String.format("U%07d,%s %07d,HW,%s%n", i, namePrefix, i, price);
        }
    }
}
