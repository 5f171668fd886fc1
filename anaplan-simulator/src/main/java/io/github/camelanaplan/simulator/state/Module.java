package io.github.camelanaplan.simulator.state;

import java.util.List;
import java.util.Optional;

/**
 * A module (id prefix 102); its default view has the same id.
 *
 * @param dimensionIds the module's dimensions in axis order (lists, then Time, then Versions)
 */
public record Module(String id, String name, String code, List<String> dimensionIds, List<LineItem> lineItems)
        implements Named {

    public Module {
        dimensionIds = List.copyOf(dimensionIds);
        lineItems = List.copyOf(lineItems);
    }

    public Optional<LineItem> lineItem(String idOrName) {
        return lineItems.stream()
                .filter(li -> li.id().equals(idOrName) || li.name().equalsIgnoreCase(idOrName))
                .findFirst();
    }
}
