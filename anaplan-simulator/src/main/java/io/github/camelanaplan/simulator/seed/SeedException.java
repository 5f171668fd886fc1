package io.github.camelanaplan.simulator.seed;

/** A model file refers to something that does not exist or is inconsistent. */
public final class SeedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public SeedException(String message) {
        super(message);
    }
}
