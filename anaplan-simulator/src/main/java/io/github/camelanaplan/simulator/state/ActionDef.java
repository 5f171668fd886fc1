package io.github.camelanaplan.simulator.state;

/**
 * An "other" action (id prefix 117). The simulator knows {@code DELETE_BY_SELECTION}: delete the items of a
 * list whose BOOLEAN property {@code selectorProperty} is true.
 */
public record ActionDef(String id, String name, String actionType, String listId, String selectorProperty)
        implements Named {

    public static final String DELETE_BY_SELECTION = "DELETE_BY_SELECTION";
}
