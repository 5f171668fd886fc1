package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.ActionDef;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.Model;
import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * Runs a DELETE_BY_SELECTION action: the items of the list whose BOOLEAN selector property is true go, with
 * their cells. Delete actions never produce a failure dump.
 */
final class DeleteStep implements ActionStep {

    private final ActionDef definition;

    DeleteStep(ActionDef definition) {
        this.definition = definition;
    }

    @Override
    public String objectId() {
        return definition.id();
    }

    @Override
    public String objectName() {
        return definition.name();
    }

    @Override
    public PreparedAction prepare(StepContext context) throws ActionFailedException {
        if (!ActionDef.DELETE_BY_SELECTION.equals(definition.actionType())) {
            throw new ActionFailedException("Action type " + definition.actionType() + " is not simulated");
        }
        Model model = context.model();
        AnaplanList list = model.lists().byId(definition.listId()).orElseThrow(() ->
                new ActionFailedException("The list of " + definition.name() + " does not exist"));
        List<String> selected;
        Lock lock = model.dataLock().readLock();
        lock.lock();
        try {
            selected = list.store().all().stream()
                    .filter(item -> "true".equalsIgnoreCase(property(item)))
                    .map(ListItem::id)
                    .toList();
        } finally {
            lock.unlock();
        }
        TaskResult result = new TaskResult(true, false, definition.id(), definition.name(), List.of(), null);
        return new PreparedAction(selected.size(), new ItemDeletion(list.id(), selected), List.of(), result);
    }

    private String property(ListItem item) {
        return item.properties().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(definition.selectorProperty()))
                .map(java.util.Map.Entry::getValue)
                .findFirst().orElse("");
    }
}
