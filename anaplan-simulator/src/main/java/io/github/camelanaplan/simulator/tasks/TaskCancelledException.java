package io.github.camelanaplan.simulator.tasks;

/** Thrown inside an action's work when its task was cancelled, to stop reading or writing early. */
final class TaskCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TaskCancelledException() {
        super("task cancelled", null, false, false);
    }
}
