package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.Model;

/** Picks the item source of a list: its generator when it is a generated list, else a snapshot of its store. */
final class ListSources {

    private final GeneratedLists generated;

    ListSources(GeneratedLists generated) {
        this.generated = generated;
    }

    /**
     * Takes the snapshot under the model's read lock, so it never shows half an import or half a batch write,
     * but releases the lock before the caller streams: a slow client must not hold up writers.
     */
    ListItemSource of(Model model, AnaplanList list) {
        var found = generated.find(model.id(), list.id());
        if (found.isPresent()) {
            return found.get();
        }
        model.dataLock().readLock().lock();
        try {
            return ListItemSource.of(list.store().all());
        } finally {
            model.dataLock().readLock().unlock();
        }
    }

    boolean isGenerated(Model model, AnaplanList list) {
        return generated.find(model.id(), list.id()).isPresent();
    }

    /** Item count without taking a snapshot. */
    int size(Model model, AnaplanList list) {
        return generated.find(model.id(), list.id()).map(GeneratedList::size).orElseGet(() -> list.store().size());
    }
}
