package io.github.camelanaplan.component.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.ModelClient.RunnableRef;
import io.github.camelanaplan.client.metadata.NamedObject;
import io.github.camelanaplan.client.task.ActionKind;

/**
 * Turns the consumer's {@code actions} option into the runnable objects whose task lists it polls. Names go through
 * the client, so an unknown name fails with the client's error listing the names that exist.
 */
public final class WatchedActions {

    /** The value of {@code actions} that watches every import, export, process and action of the model. */
    public static final String ALL = "*";

    private WatchedActions() {
    }

    public static List<RunnableRef> resolve(ModelClient model, String actions) {
        if (ALL.equals(actions.trim())) {
            return all(model);
        }
        // Keyed by id: the same action named twice (by id and by name) is polled once.
        Map<String, RunnableRef> byId = new LinkedHashMap<>();
        for (String part : actions.split(",")) {
            if (!part.isBlank()) {
                RunnableRef ref = model.resolveRunnable(part.trim());
                byId.putIfAbsent(ref.id(), ref);
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalArgumentException("The actions option names no action: give import, export, process or action"
                                               + " names or ids separated by commas, or * for all of them");
        }
        return List.copyOf(byId.values());
    }

    private static List<RunnableRef> all(ModelClient model) {
        List<RunnableRef> refs = new ArrayList<>();
        add(refs, ActionKind.IMPORT, model.imports());
        add(refs, ActionKind.EXPORT, model.exports());
        add(refs, ActionKind.PROCESS, model.processes());
        add(refs, ActionKind.ACTION, model.actions());
        return List.copyOf(refs);
    }

    private static void add(List<RunnableRef> refs, ActionKind kind, List<? extends NamedObject> objects) {
        objects.forEach(o -> refs.add(new RunnableRef(kind, o.id(), o.name())));
    }
}
