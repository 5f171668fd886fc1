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
import java.util.Arrays;
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
    /**
     * Each row's values by the items it names, in the order of their last write (access order), so that the cells
     * of a line item with fewer dimensions than the module still end with the value of the last row that set them.
     * One entry per row rather than per cell: large imports name the same few thousand combinations millions of
     * times.
     */
    private final Map<RowItems, Object[]> rows = new LinkedHashMap<>(1024, 0.75f, true);
    private StagedCells staged;
    private final List<ColumnDimension> columnDimensions = new ArrayList<>();
    private final List<MappedLineItem> lineItems = new ArrayList<>();
    /** Item per module dimension (module order); fixed and parameter items filled in, columns left null. */
    private String[] template;

    /** A dimension read from a column, and its position among the module's dimensions. */
    private record ColumnDimension(int position, DimensionLookup lookup, int column) {
    }

    /**
     * A line item fed from a column. {@code positions} maps each of its dimensions (in cell key order) to the
     * module dimension position, so a row's cell key is built without any lookups.
     */
    private record MappedLineItem(LineItem lineItem, int column, int[] positions) {
    }

    /** The item of every module dimension a row names (null where nothing does), hashed once. */
    private record RowItems(String[] itemIds, int hash) {

        RowItems(String[] itemIds) {
            this(itemIds, Arrays.hashCode(itemIds));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RowItems row && row.hash == hash && Arrays.equals(row.itemIds, itemIds);
        }

        @Override
        public int hashCode() {
            return hash;
        }
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
        List<String> dimensionIds = module.dimensionIds();
        template = new String[dimensionIds.size()];
        for (DimensionSource source : mapping.dimensions()) {
            int position = dimensionIds.indexOf(source.dimensionId());
            Dimension dimension = model.dimension(source.dimensionId()).filter(d -> position >= 0).orElseThrow(() ->
                    new ActionFailedException("Module " + module.name() + " has no dimension " + source.dimensionId()));
            switch (source.kind()) {
                case COLUMN -> columnDimensions.add(new ColumnDimension(position, new DimensionLookup(dimension),
                        columns.require(source.column())));
                case FIXED -> template[position] = source.fixedItemId();
                case MAPPING_PARAMETER -> template[position] = mappingParameter(dimension);
            }
        }
        for (Map.Entry<String, String> entry : mapping.lineItemColumns().entrySet()) {
            LineItem lineItem = module.lineItem(entry.getKey()).orElseThrow(() ->
                    new ActionFailedException("Module " + module.name() + " has no line item " + entry.getKey()));
            int[] positions = lineItem.dimensionIds().stream().mapToInt(dimensionIds::indexOf).toArray();
            lineItems.add(new MappedLineItem(lineItem, columns.require(entry.getValue()), positions));
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
        String[] coordinates = template.clone();
        for (ColumnDimension dimension : columnDimensions) {
            String text = SourceColumns.value(fields, dimension.column()).trim();
            String itemId = dimension.lookup().find(text).orElse(null);
            if (itemId == null) {
                return RowOutcome.failed(dimension.lookup().invalid(text));
            }
            coordinates[dimension.position()] = itemId;
        }
        // Validate every value before staging any, so a row is taken whole or not at all.
        Object[] values = new Object[lineItems.size()];
        for (int i = 0; i < values.length; i++) {
            MappedLineItem mapped = lineItems.get(i);
            try {
                values[i] = CellValues.parse(mapped.lineItem().format(), SourceColumns.value(fields, mapped.column()),
                        model);
            } catch (IllegalArgumentException e) {
                return RowOutcome.failed(e.getMessage());
            }
        }
        rows.put(new RowItems(coordinates), values);
        return RowOutcome.UPDATED;
    }

    @Override
    public ModelChange change() {
        return cells();
    }

    /** The cells the rows write: each mapped line item at the items of its own dimensions. */
    private StagedCells cells() {
        if (staged == null) {
            staged = new StagedCells();
            rows.forEach((row, values) -> {
                for (int i = 0; i < values.length; i++) {
                    MappedLineItem mapped = lineItems.get(i);
                    String[] itemIds = new String[mapped.positions().length];
                    boolean complete = true;
                    for (int d = 0; d < itemIds.length; d++) {
                        int position = mapped.positions()[d];
                        itemIds[d] = position < 0 ? null : row.itemIds()[position];
                        complete &= itemIds[d] != null;
                    }
                    if (complete) {
                        staged.put(new CellKey(mapped.lineItem().id(), Arrays.asList(itemIds)), values[i]);
                    }
                }
            });
            rows.clear();
        }
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
                "cellsChangedCount", Integer.toString(cells().size())));
    }
}
