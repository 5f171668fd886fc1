package io.github.camelanaplan.simulator.faults;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Drops the connection at the first attempt to send a response, before any byte leaves: the client sees the
 * connection close where it expected an answer. The handler has already done its work by then, which is the
 * point of the task-start reset.
 */
final class DroppingOutputStream extends OutputStream {

    private final Runnable dropConnection;
    private boolean dropped;

    DroppingOutputStream(Runnable dropConnection) {
        this.dropConnection = dropConnection;
    }

    @Override
    public void write(int value) throws IOException {
        drop();
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        drop();
    }

    @Override
    public void flush() throws IOException {
        drop();
    }

    @Override
    public void close() throws IOException {
        drop();
    }

    private void drop() throws IOException {
        if (!dropped) {
            dropped = true;
            dropConnection.run();
        }
        throw new IOException("connection dropped by fault injection");
    }
}
