package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Named;
import java.util.Optional;

/** A runnable object of a model as a task URL names it: kind (URL segment) and id. */
record ActionRef(ActionKind kind, String id, String name) {

    /** Finds the action among the model's objects of that kind; an id of another kind does not resolve. */
    static Optional<ActionRef> resolve(Model model, ActionKind kind, String id) {
        Optional<? extends Named> found = switch (kind) {
            case IMPORT -> model.imports().byId(id);
            case EXPORT -> model.exports().byId(id);
            case PROCESS -> model.processes().byId(id);
            case ACTION -> model.actions().byId(id);
        };
        return found.map(named -> new ActionRef(kind, named.id(), named.name()));
    }
}
