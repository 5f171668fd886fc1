package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.CellKey;
import io.github.camelanaplan.simulator.state.CellValues;
import io.github.camelanaplan.simulator.state.Dimension;
import io.github.camelanaplan.simulator.state.DimensionSource;
import io.github.camelanaplan.simulator.state.LineItem;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import io.github.camelanaplan.simulator.state.ModuleImportMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A MODULE_DATA import: each row addresses one combination of dimension items (list items by name or code,
 * Time by period name, Versions fixed or from a mapping parameter) and writes the mapped line items. A row is
 * taken whole or rejected whole: an unknown item ({@code Invalid list item: X}) or a value that does not fit
 * its line item's format ({@code Invalid number: X}) rejects it.
 */
final class ModuleImporter implements RowImporter {

    private final Model model;
    private final Module module;
    private final ModuleImportMapping mapping;
    private final TaskParameters parameters;
    private final String importId;
    private final StagedCells staged = new StagedCells();
    private final List<ColumnDimension> columnDimensions = new ArrayList<>();
    private final Map<String, String> fixedItems = new HashMap<>();
    private final Map<LineItem, Integer> lineItemColumns = new LinkedHashMap<>();

    private record ColumnDimension(String dimensionId, DimensionLookup lookup, int column) {
    }

    ModuleImporter(Model model, Module module, ModuleImportMapping mapping, TaskParameters parameters,
                   String importId) {
        this.model = model;
        this.module = module;
        this.mapping = mapping;
        this.parameters = parameters;
        this.importId = importId;
    }

    @Override
    public void begin(SourceColumns columns) throws ActionFailedException {
        for (DimensionSource source : mapping.dimensions()) {
            Dimension dimension = model.dimension(source.dimensionId()).orElseThrow(() ->
                    new ActionFailedException("Module " + module.name() + " has no dimension " + source.dimensionId()));
            switch (source.kind()) {
                case COLUMN -> columnDimensions.add(new ColumnDimension(source.dimensionId(),
                        new DimensionLookup(dimension), columns.require(source.column())));
                case FIXED -> fixedItems.put(source.dimensionId(), source.fixedItemId());
                case MAPPING_PARAMETER -> fixedItems.put(source.dimensionId(), mappingParameter(dimension));
            }
        }
        for (Map.Entry<String, String> entry : mapping.lineItemColumns().entrySet()) {
            LineItem lineItem = module.lineItem(entry.getKey()).orElseThrow(() ->
                    new ActionFailedException("Module " + module.name() + " has no line item " + entry.getKey()));
            lineItemColumns.put(lineItem, columns.require(entry.getValue()));
        }
    }

    private String mappingParameter(Dimension dimension) throws ActionFailedException {
        String name = parameters.entityFor(dimension.name(), importId).orElseThrow(() ->
                new ActionFailedException("Mapping parameter missing for " + dimension.name()
                        + ": start the task with mappingParameters [{\"entityType\":\"" + dimension.name()
                        + "\",\"entityName\":\"...\"}]"));
        return new DimensionLookup(dimension).find(name.trim()).orElseThrow(() ->
                new ActionFailedException("Invalid mapping parameter: " + name + " is not an item of "
                        + dimension.name()));
    }

    @Override
    public RowOutcome row(List<String> fields) {
        Map<String, String> coordinates = new HashMap<>(fixedItems);
        for (ColumnDimension dimension : columnDimensions) {
            String text = SourceColumns.value(fields, dimension.column()).trim();
            String itemId = dimension.lookup().find(text).orElse(null);
            if (itemId == null) {
                return RowOutcome.failed(dimension.lookup().invalid(text));
            }
            coordinates.put(dimension.dimensionId(), itemId);
        }
        Map<CellKey, Object> cells = new LinkedHashMap<>();
        for (Map.Entry<LineItem, Integer> entry : lineItemColumns.entrySet()) {
            LineItem lineItem = entry.getKey();
            Object value;
            try {
                value = CellValues.parse(lineItem.format(), SourceColumns.value(fields, entry.getValue()), model);
            } catch (IllegalArgumentException e) {
                return RowOutcome.failed(e.getMessage());
            }
            List<String> itemIds = new ArrayList<>(lineItem.dimensionIds().size());
            for (String dimensionId : lineItem.dimensionIds()) {
                itemIds.add(coordinates.get(dimensionId));
            }
            if (!itemIds.contains(null)) {
                cells.put(new CellKey(lineItem.id(), itemIds), value);
            }
        }
        cells.forEach(staged::put);
        return RowOutcome.UPDATED;
    }

    @Override
    public ModelChange change() {
        return staged;
    }

    /**
     * UNCERTAIN: the detail type of module imports is not documented; this mirrors the list import's
     * {@code hierarchyRowsProcessed} with the module's name.
     */
    @Override
    public TaskDetail detail(ImportCounts counts) {
        return new TaskDetail("moduleRowsProcessed", counts.message(module.name()), 0, List.of(
                "moduleName", module.name(),
                "successRowCount", Long.toString(counts.successful()),
                "warningsRowCount", "0",
                "failedCount", Long.toString(counts.failed()),
                "ignoredCount", Long.toString(counts.ignored()),
                "totalRowCount", Long.toString(counts.total()),
                "updatedCount", Long.toString(counts.updated()),
                "cellsChangedCount", Integer.toString(staged.size())));
    }
}
