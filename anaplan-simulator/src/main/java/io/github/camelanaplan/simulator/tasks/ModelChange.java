package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.Model;

/**
 * Data changes an action staged while it ran, applied in one go at its end (under the model's write lock),
 * so a task cancelled before that point leaves the model untouched.
 */
@FunctionalInterface
interface ModelChange {

    ModelChange NONE = model -> Undo.NONE;

    /** Applies the changes and returns how to take them back (a cancelled process rolls back its actions). */
    Undo apply(Model model);

    /** Reverts an applied change. */
    @FunctionalInterface
    interface Undo {

        Undo NONE = model -> {
        };

        void revert(Model model);
    }
}
