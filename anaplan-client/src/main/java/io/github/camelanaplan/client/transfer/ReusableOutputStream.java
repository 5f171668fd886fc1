package io.github.camelanaplan.client.transfer;

import java.io.ByteArrayOutputStream;

/**
 * A byte array output stream whose content can be sent without the copy {@code toByteArray()} makes, then reset for
 * the next chunk.
 */
final class ReusableOutputStream extends ByteArrayOutputStream {

    ReusableOutputStream(int initialSize) {
        super(initialSize);
    }

    byte[] array() {
        return buf;
    }

    int length() {
        return count;
    }
}
