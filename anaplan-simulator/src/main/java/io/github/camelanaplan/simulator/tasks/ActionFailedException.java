package io.github.camelanaplan.simulator.tasks;

/**
 * An action could not run at all (source file missing or incomplete, a mapped column absent, a mapping
 * parameter missing). The task completes with {@code successful: false} and this message as its detail.
 */
final class ActionFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    ActionFailedException(String message) {
        super(message);
    }
}
