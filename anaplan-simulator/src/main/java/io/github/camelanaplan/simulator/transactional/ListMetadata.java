package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.ListProperty;
import io.github.camelanaplan.simulator.state.Model;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code metadata} object of {@code GET .../lists/{listId}}. Features the simulator does not model
 * (selective access, workflow, production data, top-level items) report their "off" values; the list has no
 * top-level item, so {@code itemCount} is the number of items and {@code topLevelItem} is omitted.
 */
final class ListMetadata {

    private ListMetadata() {
    }

    static Map<String, Object> of(Model model, AnaplanList list, int itemCount, long nextItemIndex) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", list.id());
        json.put("name", list.name());
        json.put("properties", list.properties().stream().map(ListMetadata::property).toList());
        json.put("hasSelectiveAccess", false);
        if (list.parentListId() != null) {
            model.lists().byId(list.parentListId()).ifPresent(parent -> json.put("parent", named(parent.id(),
                    parent.name())));
        }
        json.put("managedBy", "");
        json.put("numberedList", list.numbered());
        json.put("useTopLevelAsPageDefault", false);
        json.put("itemCount", itemCount);
        json.put("workflowEnabled", false);
        json.put("productionData", false);
        json.put("permittedItems", itemCount);
        json.put("nextItemIndex", nextItemIndex);
        if (!list.subsets().isEmpty()) {
            json.put("subsets", list.subsets().stream().map(s -> named(s.id(), s.name())).toList());
        }
        return json;
    }

    private static Map<String, Object> property(ListProperty property) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", property.name());
        json.put("format", property.format().type().name());
        json.put("notes", "");
        json.put("referencedBy", "");
        return json;
    }

    private static Map<String, Object> named(String id, String name) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("name", name);
        return json;
    }
}
