package io.github.camelanaplan.simulator.faults;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body written no faster than a {@link Pacer} allows, in slices so large writes are paced too.
 * Jetty's response sink writes through without buffering, so the pace of writes is the pace on the wire.
 */
final class ThrottledOutputStream extends FilterOutputStream {

    private final Pacer pacer;

    ThrottledOutputStream(OutputStream out, Pacer pacer) {
        super(out);
        this.pacer = pacer;
    }

    @Override
    public void write(int value) throws IOException {
        out.write(value);
        pacer.transferred(1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int slice = Math.min(Pacer.SLICE, length - done);
            out.write(buffer, offset + done, slice);
            pacer.transferred(slice);
            done += slice;
        }
    }
}
