package io.github.camelanaplan.simulator.state;

import java.util.List;

/** A process (id prefix 118): actions run in order; it cannot contain another process. */
public record ProcessDef(String id, String name, List<String> actionIds) implements Named {

    public ProcessDef {
        actionIds = List.copyOf(actionIds);
    }
}
