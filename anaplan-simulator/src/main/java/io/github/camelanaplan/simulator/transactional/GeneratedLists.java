package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.IdPrefix;
import io.github.camelanaplan.simulator.state.ListItems;
import io.github.camelanaplan.simulator.state.Model;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates generated lists for benchmarks of the list read paths (items GET, large read requests):
 *
 * <pre>{@code
 * GeneratedLists lists = sim.service(GeneratedLists.class).orElseThrow();
 * AnaplanList big = lists.create(sim.tenant().model(modelId).orElseThrow(), "Big List", 1_000_000);
 * }</pre>
 *
 * The list appears in the model like any other list (metadata, list listing) but keeps no items in memory;
 * the transactional read paths compute them on the fly. It is read-only through the transactional API, and
 * the model-level dimension item endpoints see it as empty because they read the item store.
 */
public final class GeneratedLists {

    /** Generated ids start here, far above what the model's id sequence reaches in practice. */
    private static final long FIRST_GENERATED_ID = 202_500_000_001L;
    private static final long LAST_ITEM_ID = 202_999_999_999L;

    private final Map<String, GeneratedList> lists = new ConcurrentHashMap<>();
    private long nextId = FIRST_GENERATED_ID;

    /** Adds a generated list of {@code count} items to {@code model}. */
    public synchronized AnaplanList create(Model model, String name, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        if (nextId + count - 1 > LAST_ITEM_ID) {
            throw new IllegalStateException("no item ids left for another generated list of " + count);
        }
        if (model.lists().byName(name).isPresent()) {
            throw new IllegalArgumentException("model " + model.name() + " already has a list " + name);
        }
        AnaplanList list = new AnaplanList(model.ids().next(IdPrefix.LIST), name, null, null, false, List.of(),
                List.of(), new ListItems());
        model.lists().put(list);
        lists.put(key(model.id(), list.id()), new GeneratedList(model.id(), list.id(), count, nextId));
        nextId += count;
        return list;
    }

    Optional<GeneratedList> find(String modelId, String listId) {
        return Optional.ofNullable(lists.get(key(modelId, listId)));
    }

    private static String key(String modelId, String listId) {
        return modelId + '/' + listId;
    }
}
