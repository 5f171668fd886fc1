package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.ProcessDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the action a task runs into its steps: one, or one per action of a process, in order. */
final class StepFactory {

    private StepFactory() {
    }

    static List<ActionStep> steps(Model model, ActionRef action) {
        if (action.kind() != ActionKind.PROCESS) {
            return List.of(single(model, action.kind(), action.id()).orElseGet(() ->
                    new FailingStep(action.id(), action.name(), action.name() + " no longer exists")));
        }
        ProcessDef process = model.processes().byId(action.id()).orElse(null);
        if (process == null) {
            return List.of(new FailingStep(action.id(), action.name(), action.name() + " no longer exists"));
        }
        List<ActionStep> steps = new ArrayList<>();
        for (String actionId : process.actionIds()) {
            steps.add(contained(model, process, actionId));
        }
        return steps;
    }

    /** A process holds imports, exports and other actions, never another process. */
    private static ActionStep contained(Model model, ProcessDef process, String actionId) {
        for (ActionKind kind : List.of(ActionKind.IMPORT, ActionKind.EXPORT, ActionKind.ACTION)) {
            Optional<ActionStep> step = single(model, kind, actionId);
            if (step.isPresent()) {
                return step.get();
            }
        }
        return new FailingStep(actionId, actionId, "Process " + process.name() + " refers to " + actionId
                + ", which is not an import, export or action of this model");
    }

    private static Optional<ActionStep> single(Model model, ActionKind kind, String id) {
        return switch (kind) {
            case IMPORT -> model.imports().byId(id).map(ImportStep::new);
            case EXPORT -> model.exports().byId(id).map(ExportStep::new);
            case ACTION -> model.actions().byId(id).map(DeleteStep::new);
            case PROCESS -> Optional.empty();
        };
    }
}
