package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.ListProperty;
import io.github.camelanaplan.simulator.state.ListSubset;
import io.github.camelanaplan.simulator.state.Model;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a list item is rendered by the read paths, in JSON ({@code listItems} entries) and CSV (list items and
 * list read-request pages), so both always agree.
 *
 * <p>{@code parent}, {@code parentId}, {@code listId} and {@code listName} describe the item's parent: its name
 * and id and the list it belongs to (the CSV example of a top-level item leaves all four empty). With
 * {@code includeAll} every subset (true/false) and every property (as text) follow.
 */
final class ListItemColumns {

    static final List<String> FIXED_HEADER =
            List.of("id", "name", "code", "parent", "parentId", "listId", "listName");

    private final AnaplanList list;
    private final AnaplanList parentList;
    private final boolean includeAll;

    ListItemColumns(Model model, AnaplanList list, boolean includeAll) {
        this.list = list;
        this.parentList = list.parentListId() == null ? null : model.lists().byId(list.parentListId()).orElse(null);
        this.includeAll = includeAll;
    }

    List<String> header() {
        List<String> header = new ArrayList<>(FIXED_HEADER);
        if (includeAll) {
            list.subsets().forEach(subset -> header.add(subset.name()));
            list.properties().forEach(property -> header.add(property.name()));
        }
        return header;
    }

    List<String> row(ListItem item) {
        List<String> row = new ArrayList<>(FIXED_HEADER.size() + list.subsets().size() + list.properties().size());
        row.add(item.id());
        row.add(item.name());
        row.add(nullToEmpty(item.code()));
        Optional<ListItem> parent = parent(item);
        row.add(parent.map(ListItem::name).orElse(""));
        row.add(parent.map(ListItem::id).orElse(""));
        row.add(parent.isPresent() ? parentList.id() : "");
        row.add(parent.isPresent() ? parentList.name() : "");
        if (includeAll) {
            for (ListSubset subset : list.subsets()) {
                row.add(Boolean.toString(item.subsets().contains(subset.id())));
            }
            for (ListProperty property : list.properties()) {
                row.add(item.properties().getOrDefault(property.name(), ""));
            }
        }
        return row;
    }

    /**
     * Writes one {@code listItems} entry field by field: going through the object mapper would flush the
     * connection after every item, which makes a million-item answer crawl.
     */
    void writeJson(JsonGenerator json, ListItem item) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", item.id());
        json.writeStringField("name", item.name());
        if (item.code() != null && !item.code().isEmpty()) {
            json.writeStringField("code", item.code());
        }
        Optional<ListItem> parent = parent(item);
        if (parent.isPresent()) {
            json.writeStringField("parent", parent.get().name());
            json.writeStringField("parentId", parent.get().id());
            json.writeStringField("listId", parentList.id());
            json.writeStringField("listName", parentList.name());
        }
        if (includeAll) {
            json.writeObjectFieldStart("subsets");
            for (ListSubset subset : list.subsets()) {
                json.writeBooleanField(subset.name(), item.subsets().contains(subset.id()));
            }
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            for (ListProperty property : list.properties()) {
                json.writeStringField(property.name(), item.properties().getOrDefault(property.name(), ""));
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private Optional<ListItem> parent(ListItem item) {
        if (item.parentId() == null || parentList == null) {
            return Optional.empty();
        }
        return parentList.store().byId(item.parentId());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
