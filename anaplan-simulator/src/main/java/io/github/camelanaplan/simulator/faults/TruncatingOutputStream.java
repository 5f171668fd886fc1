package io.github.camelanaplan.simulator.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Sends only the first part of a response body, then drops the connection, so the client reads a body that
 * stops short. Bytes are held back until the cut point is known: after {@code cutAfter} bytes, or, for a
 * shorter body, at half its length when the handler closes the stream. Holding back is what guarantees the
 * client never receives the whole body, whatever its size.
 */
final class TruncatingOutputStream extends OutputStream {

    private final OutputStream target;
    private final int cutAfter;
    private final Runnable dropConnection;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private boolean cut;

    /** @param dropConnection closes the connection; called once, after the partial body is on the wire */
    TruncatingOutputStream(OutputStream target, int cutAfter, Runnable dropConnection) {
        this.target = target;
        this.cutAfter = cutAfter;
        this.dropConnection = dropConnection;
    }

    @Override
    public void write(int value) throws IOException {
        write(new byte[] {(byte) value}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        if (cut) {
            throw closedByFault();
        }
        held.write(buffer, offset, length);
        if (held.size() > cutAfter) {
            cut(cutAfter);
            throw closedByFault();
        }
    }

    /** Nothing is flushed early: flushing would commit bytes before the cut point is known. */
    @Override
    public void flush() {
        // deliberately empty
    }

    @Override
    public void close() throws IOException {
        if (!cut) {
            cut(held.size() / 2);
        }
    }

    private void cut(int length) throws IOException {
        cut = true;
        // The partial write also commits the status line and headers, so the client sees a started response.
        target.write(held.toByteArray(), 0, length);
        target.flush();
        dropConnection.run();
    }

    private static IOException closedByFault() {
        return new IOException("connection dropped by fault injection");
    }
}
