package io.github.camelanaplan.benchmarks;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Exactly {@code size} bytes of sales rows for the demo model's {@code Sales from sales.csv} import
 * ({@code Product,Region,Month,Units,Price}), made row by row as they are read so a gigabyte never sits in memory.
 * Products, regions and months cycle through the demo model's items and the numbers vary pseudo-randomly, which
 * gives the compression ratio of a real extract rather than that of a repeated line. The last bytes are newlines
 * where a whole row no longer fits: blank rows are ignored by imports.
 */
final class RealisticCsv extends InputStream {

    private static final byte[] HEADER = "Product,Region,Month,Units,Price\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] REGIONS = bytes("NA", "LATAM", "WEU", "NEU", "CEU", "MEA", "APAC", "JP");
    private static final byte[][] MONTHS = bytes("Jan 26", "Feb 26", "Mar 26", "Apr 26", "May 26", "Jun 26",
            "Jul 26", "Aug 26", "Sep 26", "Oct 26", "Nov 26", "Dec 26");

    private final long size;
    private final byte[] row = new byte[64];
    private long delivered;
    private int rowLength;
    private int rowPosition;
    private long rowNumber = -1;
    private long random;

    RealisticCsv(long size, long seed) {
        this.size = size;
        this.random = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (delivered >= size) {
            return -1;
        }
        int written = 0;
        while (written < length && delivered < size) {
            if (rowPosition == rowLength) {
                nextRow();
            }
            int n = (int) Math.min(Math.min(length - written, rowLength - rowPosition), size - delivered);
            System.arraycopy(row, rowPosition, target, offset + written, n);
            rowPosition += n;
            written += n;
            delivered += n;
        }
        return written;
    }

    private void nextRow() {
        rowPosition = 0;
        rowNumber++;
        if (rowNumber == 0) {
            System.arraycopy(HEADER, 0, row, 0, HEADER.length);
            rowLength = HEADER.length;
            return;
        }
        long n = rowNumber - 1;
        int at = 0;
        row[at++] = 'P';
        int product = (int) (n % 300) + 1;
        row[at++] = (byte) ('0' + product / 100);
        row[at++] = (byte) ('0' + product / 10 % 10);
        row[at++] = (byte) ('0' + product % 10);
        row[at++] = ',';
        at = put(REGIONS[(int) (n / 300 % REGIONS.length)], at);
        row[at++] = ',';
        at = put(MONTHS[(int) (n / 2400 % MONTHS.length)], at);
        row[at++] = ',';
        at = putNumber(next(5000), at);
        row[at++] = ',';
        at = putNumber(next(900) + 10, at);
        row[at++] = '.';
        int cents = (int) next(100);
        row[at++] = (byte) ('0' + cents / 10);
        row[at++] = (byte) ('0' + cents % 10);
        row[at++] = '\n';
        if (size - delivered < at) {
            // no room for a whole row: pad with blank lines, which imports skip
            java.util.Arrays.fill(row, 0, at, (byte) '\n');
        }
        rowLength = at;
    }

    private int put(byte[] text, int at) {
        System.arraycopy(text, 0, row, at, text.length);
        return at + text.length;
    }

    private int putNumber(long value, int at) {
        String digits = Long.toString(value);
        for (int i = 0; i < digits.length(); i++) {
            row[at++] = (byte) digits.charAt(i);
        }
        return at;
    }

    /** xorshift: fast, reproducible, good enough to keep gzip from seeing a repeating pattern. */
    private long next(int bound) {
        random ^= random << 13;
        random ^= random >>> 7;
        random ^= random << 17;
        return Math.floorMod(random, bound);
    }

    private static byte[][] bytes(String... values) {
        byte[][] out = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }
}
