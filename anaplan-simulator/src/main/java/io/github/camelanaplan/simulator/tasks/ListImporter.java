package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.CellValues;
import io.github.camelanaplan.simulator.state.IdPrefix;
import io.github.camelanaplan.simulator.state.ListImportMapping;
import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.ListProperty;
import io.github.camelanaplan.simulator.state.Model;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A HIERARCHY_DATA import: each row creates or updates one list item, matched by code when the mapping has a
 * code column and the row a code, else by name. The parent must exist in the parent list (by name or code);
 * property values must fit the property's format and are stored in their canonical text form (so
 * {@code 49.0} becomes {@code 49}). A code that appears twice in the file rejects the second row.
 */
final class ListImporter implements RowImporter {

    private final Model model;
    private final AnaplanList list;
    private final AnaplanList parentList;
    private final ListImportMapping mapping;
    private final StagedListItems staged;
    private final Set<String> codesInFile = new HashSet<>();
    private final Map<ListProperty, Integer> propertyColumns = new LinkedHashMap<>();
    private int nameColumn;
    private int codeColumn;
    private int parentColumn;

    ListImporter(Model model, AnaplanList list, ListImportMapping mapping) {
        this.model = model;
        this.list = list;
        this.parentList = list.parentListId() == null ? null : model.lists().byId(list.parentListId()).orElse(null);
        this.mapping = mapping;
        this.staged = new StagedListItems(list.id(), list.store());
    }

    @Override
    public void begin(SourceColumns columns) throws ActionFailedException {
        nameColumn = columns.require(mapping.nameColumn());
        codeColumn = columns.optional(mapping.codeColumn());
        parentColumn = columns.optional(mapping.parentColumn());
        for (Map.Entry<String, String> entry : mapping.propertyColumns().entrySet()) {
            ListProperty property = list.property(entry.getKey()).orElseThrow(() ->
                    new ActionFailedException("List " + list.name() + " has no property " + entry.getKey()));
            propertyColumns.put(property, columns.require(entry.getValue()));
        }
    }

    @Override
    public RowOutcome row(List<String> fields) {
        String name = SourceColumns.value(fields, nameColumn).trim();
        String code = emptyToNull(SourceColumns.value(fields, codeColumn).trim());
        if (name.isEmpty() && code == null) {
            return RowOutcome.IGNORED;
        }
        if (code != null && codesInFile.contains(key(code))) {
            return RowOutcome.failed("Duplicate code in source file: " + code);
        }
        Optional<ListItem> existing = code == null ? Optional.empty() : staged.byCode(code);
        if (existing.isEmpty() && !name.isEmpty()) {
            Optional<ListItem> sameName = staged.byName(name);
            if (sameName.isPresent() && code != null && hasCode(sameName.get())) {
                return RowOutcome.failed("Item name already in use: " + name);
            }
            existing = sameName;
        }
        if (existing.isEmpty() && name.isEmpty()) {
            return RowOutcome.failed("Item name missing for new item with code " + code);
        }
        String newName = name.isEmpty() ? existing.get().name() : name;
        boolean renamed = existing.isPresent() && !existing.get().name().equals(newName);
        if (renamed) {
            Optional<ListItem> holder = staged.byName(newName);
            if (holder.isPresent() && !holder.get().id().equals(existing.get().id())) {
                return RowOutcome.failed("Item name already in use: " + newName);
            }
        }
        String parentId;
        if (parentColumn >= 0) {
            String parent = SourceColumns.value(fields, parentColumn).trim();
            Optional<String> resolved = parent.isEmpty() ? Optional.of("") : parentItem(parent);
            if (resolved.isEmpty()) {
                return RowOutcome.failed("Invalid parent: " + parent);
            }
            parentId = emptyToNull(resolved.get());
        } else {
            parentId = existing.map(ListItem::parentId).orElse(null);
        }
        Map<String, String> properties = new HashMap<>(existing.map(ListItem::properties).orElse(Map.of()));
        for (Map.Entry<ListProperty, Integer> entry : propertyColumns.entrySet()) {
            String text = SourceColumns.value(fields, entry.getValue());
            ListProperty property = entry.getKey();
            if (text.isEmpty()) {
                properties.remove(property.name());
                continue;
            }
            try {
                properties.put(property.name(), CellValues.format(property.format(),
                        CellValues.parse(property.format(), text, model), model));
            } catch (IllegalArgumentException e) {
                return RowOutcome.failed(e.getMessage());
            }
        }
        String newCode = code != null ? code : existing.map(ListItem::code).orElse(null);
        if (code != null) {
            codesInFile.add(key(code));
        }
        if (existing.isPresent()) {
            ListItem old = existing.get();
            staged.put(new ListItem(old.id(), newName, newCode, parentId, properties, old.subsets()), false);
            return renamed ? RowOutcome.RENAMED : RowOutcome.UPDATED;
        }
        staged.put(new ListItem(model.ids().next(IdPrefix.LIST_ITEM), newName, newCode, parentId, properties,
                Set.of()), true);
        return RowOutcome.CREATED;
    }

    private Optional<String> parentItem(String parent) {
        if (parentList == null) {
            return Optional.empty();
        }
        return parentList.store().byName(parent).or(() -> parentList.store().byCode(parent)).map(ListItem::id);
    }

    @Override
    public ModelChange change() {
        return staged;
    }

    @Override
    public TaskDetail detail(ImportCounts counts) {
        return new TaskDetail("hierarchyRowsProcessed", counts.message(list.name()), 0, List.of(
                "hierarchyName", list.name(),
                "successRowCount", n(counts.successful()),
                "successCreateCount", n(counts.created()),
                "successUpdateCount", n(counts.updated()),
                "warningsRowCount", "0",
                "warningsCreateCount", "0",
                "warningsUpdateCount", "0",
                "failedCount", n(counts.failed()),
                "ignoredCount", n(counts.ignored()),
                "totalRowCount", n(counts.total()),
                "totalCreateCount", n(counts.created()),
                "totalUpdateCount", n(counts.updated()),
                "invalidCount", n(counts.failed()),
                "updatedCount", n(counts.updated()),
                "renamedCount", n(counts.renamed()),
                "createdCount", n(counts.created())));
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private static boolean hasCode(ListItem item) {
        return item.code() != null && !item.code().isEmpty();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
