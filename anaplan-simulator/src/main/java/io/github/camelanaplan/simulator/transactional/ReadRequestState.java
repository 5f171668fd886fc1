package io.github.camelanaplan.simulator.transactional;

/** {@code requestState} of a large-volume read request. */
enum ReadRequestState {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETE,
    CANCELLED
}
