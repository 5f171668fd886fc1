package io.github.camelanaplan.simulator.faults;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body read no faster than a {@link Pacer} allows; the client is slowed by TCP flow control. */
final class ThrottledInputStream extends FilterInputStream {

    private final Pacer pacer;

    ThrottledInputStream(InputStream in, Pacer pacer) {
        super(in);
        this.pacer = pacer;
    }

    @Override
    public int read() throws IOException {
        int value = in.read();
        if (value >= 0) {
            pacer.transferred(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, Math.min(length, Pacer.SLICE));
        if (read > 0) {
            pacer.transferred(read);
        }
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        // Skipped bytes still crossed the network: read them through the pacer.
        byte[] discard = new byte[(int) Math.min(count, Pacer.SLICE)];
        long skipped = 0;
        while (skipped < count) {
            int read = read(discard, 0, (int) Math.min(discard.length, count - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }
}
