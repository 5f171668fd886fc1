package io.github.camelanaplan.simulator.state;

import java.util.List;

/**
 * A module view. The default view has the module's id; saved views are named {@code Module.View}.
 * Axes hold dimension ids, including {@link Dimensions#LINE_ITEMS_ID}.
 *
 * @param lineItemIds the line items the view shows, in order (a filter); all of the module's when empty
 */
public record View(String id, String name, String moduleId, String code, List<String> rows, List<String> columns,
                   List<String> pages, List<String> lineItemIds) implements Named {

    public View {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        pages = List.copyOf(pages);
        lineItemIds = List.copyOf(lineItemIds);
    }

    public boolean isDefault() {
        return id.equals(moduleId);
    }
}
