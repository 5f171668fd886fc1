package io.github.camelanaplan.simulator.state;

/** A chunk exceeded the 50 MB uncompressed limit; the upload of that chunk was discarded. */
public final class ChunkTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChunkTooLargeException(String message) {
        super(message);
    }
}
