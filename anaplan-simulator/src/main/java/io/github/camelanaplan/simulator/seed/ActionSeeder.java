package io.github.camelanaplan.simulator.seed;

import io.github.camelanaplan.simulator.state.ActionDef;
import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.DataFormat;
import io.github.camelanaplan.simulator.state.DimensionSource;
import io.github.camelanaplan.simulator.state.ExportDef;
import io.github.camelanaplan.simulator.state.ExportSourceType;
import io.github.camelanaplan.simulator.state.FileDef;
import io.github.camelanaplan.simulator.state.FileStore;
import io.github.camelanaplan.simulator.state.IdPrefix;
import io.github.camelanaplan.simulator.state.ImportDef;
import io.github.camelanaplan.simulator.state.ImportType;
import io.github.camelanaplan.simulator.state.ListImportMapping;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import io.github.camelanaplan.simulator.state.ModuleImportMapping;
import io.github.camelanaplan.simulator.state.ProcessDef;
import io.github.camelanaplan.simulator.state.View;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creates import source files (with default content), imports, exports, other actions and processes. */
final class ActionSeeder {

    private final Model model;
    private final Names names;
    private final FileStore files;

    ActionSeeder(Model model, Names names, FileStore files) {
        this.model = model;
        this.names = names;
        this.files = files;
    }

    void seed(ModelFile.ModelSpec spec) throws IOException {
        for (ModelFile.FileSpec file : spec.files()) {
            file(file);
        }
        for (ModelFile.ImportSpec importSpec : spec.imports()) {
            model.imports().put(importDef(importSpec));
        }
        for (ModelFile.ExportSpec export : spec.exports()) {
            ExportDef def = exportDef(export);
            model.exports().put(def);
            model.files().put(FileDef.exportOutput(def.id(), def.name(), def.separator(), def.encoding()));
        }
        for (ModelFile.ActionSpec action : spec.actions()) {
            model.actions().put(actionDef(action));
        }
        for (ModelFile.ProcessSpec process : spec.processes()) {
            model.processes().put(processDef(process));
        }
    }

    private String id(String explicit, IdPrefix prefix) {
        if (explicit != null) {
            model.ids().reserve(explicit);
            return explicit;
        }
        return model.ids().next(prefix);
    }

    private void file(ModelFile.FileSpec spec) throws IOException {
        TenantSeeder.require(spec.name(), "file name in model " + model.name());
        String encoding = spec.encoding() != null ? spec.encoding() : "UTF-8";
        FileDef file = model.files().put(FileDef.importSource(id(spec.id(), IdPrefix.FILE), spec.name(),
                spec.separator() != null ? spec.separator() : ",", encoding,
                spec.headerRow() != null ? spec.headerRow() : 1,
                spec.firstDataRow() != null ? spec.firstDataRow() : 2,
                spec.delimiter() != null ? spec.delimiter() : "\""));
        if (spec.content() != null) {
            files.putDefault(model.id(), file.id(),
                    new ByteArrayInputStream(spec.content().getBytes(Charset.forName(encoding))));
        }
    }

    private ImportDef importDef(ModelFile.ImportSpec spec) {
        TenantSeeder.require(spec.name(), "import name in model " + model.name());
        TenantSeeder.require(spec.file(), "file of import " + spec.name());
        FileDef source = model.files().resolve(spec.file())
                .orElseThrow(() -> new SeedException("Import " + spec.name() + ": unknown file " + spec.file()));
        String id = id(spec.id(), IdPrefix.IMPORT);
        if ((spec.list() == null) == (spec.module() == null)) {
            throw new SeedException("Import " + spec.name() + " needs exactly one of list or module");
        }
        if (spec.list() != null) {
            AnaplanList list = names.list(spec.list());
            TenantSeeder.require(spec.columns().get("name"), "columns.name of import " + spec.name());
            spec.properties().keySet().forEach(p -> list.property(p).orElseThrow(() ->
                    new SeedException("Import " + spec.name() + ": list " + list.name() + " has no property " + p)));
            return new ImportDef(id, spec.name(), source.id(), ImportType.HIERARCHY_DATA, list.id(),
                    new ListImportMapping(spec.columns().get("name"), spec.columns().get("code"),
                            spec.columns().get("parent"), spec.properties()));
        }
        Module module = names.module(spec.module());
        List<DimensionSource> dimensions = new ArrayList<>();
        for (String dimensionId : module.dimensionIds()) {
            String dimensionName = names.dimension(dimensionId).name();
            ModelFile.DimensionSourceSpec source1 = spec.dimensions().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(dimensionName)).map(Map.Entry::getValue).findFirst()
                    .orElseThrow(() -> new SeedException("Import " + spec.name() + " maps no source for "
                            + dimensionName));
            dimensions.add(dimensionSource(spec.name(), dimensionId, source1));
        }
        Map<String, String> lineItems = new LinkedHashMap<>();
        spec.lineItems().forEach((name, column) -> lineItems.put(module.lineItem(name).orElseThrow(() ->
                new SeedException("Import " + spec.name() + ": module has no line item " + name)).id(), column));
        return new ImportDef(id, spec.name(), source.id(), ImportType.MODULE_DATA, module.id(),
                new ModuleImportMapping(dimensions, lineItems));
    }

    private DimensionSource dimensionSource(String importName, String dimensionId,
                                            ModelFile.DimensionSourceSpec spec) {
        if (spec.column() != null) {
            return DimensionSource.column(dimensionId, spec.column());
        }
        if (spec.fixed() != null) {
            String item = names.dimension(dimensionId).resolveItem(spec.fixed())
                    .orElseThrow(() -> new SeedException("Import " + importName + ": no item " + spec.fixed()))
                    .id();
            return DimensionSource.fixed(dimensionId, item);
        }
        if (Boolean.TRUE.equals(spec.mappingParameter())) {
            return DimensionSource.mappingParameter(dimensionId);
        }
        throw new SeedException("Import " + importName + ": dimension source needs column, fixed or mappingParameter");
    }

    private ExportDef exportDef(ModelFile.ExportSpec spec) {
        TenantSeeder.require(spec.name(), "export name in model " + model.name());
        ExportSourceType type;
        String sourceId;
        if (spec.list() != null) {
            type = ExportSourceType.LIST;
            sourceId = names.list(spec.list()).id();
        } else if (spec.module() != null) {
            type = ExportSourceType.MODULE;
            sourceId = names.module(spec.module()).id();
        } else if (spec.view() != null) {
            type = ExportSourceType.VIEW;
            View view = model.views().resolve(spec.view())
                    .orElseThrow(() -> new SeedException("Export " + spec.name() + ": unknown view " + spec.view()));
            sourceId = view.id();
        } else {
            throw new SeedException("Export " + spec.name() + " needs a list, module or view");
        }
        String exportType = spec.exportType() != null ? spec.exportType() : "TABULAR_MULTI_COLUMN";
        return new ExportDef(id(spec.id(), IdPrefix.EXPORT), spec.name(), type, sourceId, exportType, "text/csv",
                exportType, spec.separator() != null ? spec.separator() : ",",
                spec.encoding() != null ? spec.encoding() : "UTF-8", "\"");
    }

    private ActionDef actionDef(ModelFile.ActionSpec spec) {
        TenantSeeder.require(spec.name(), "action name in model " + model.name());
        String type = spec.type() != null ? spec.type() : ActionDef.DELETE_BY_SELECTION;
        if (!ActionDef.DELETE_BY_SELECTION.equals(type)) {
            throw new SeedException("Action " + spec.name() + ": only DELETE_BY_SELECTION is simulated");
        }
        AnaplanList list = names.list(spec.list());
        TenantSeeder.require(spec.selectedBy(), "selectedBy of action " + spec.name());
        list.property(spec.selectedBy()).filter(p -> p.format().type() == DataFormat.BOOLEAN)
                .orElseThrow(() -> new SeedException("Action " + spec.name() + ": " + spec.selectedBy()
                        + " is not a BOOLEAN property of " + list.name()));
        return new ActionDef(id(spec.id(), IdPrefix.ACTION), spec.name(), type, list.id(), spec.selectedBy());
    }

    private ProcessDef processDef(ModelFile.ProcessSpec spec) {
        TenantSeeder.require(spec.name(), "process name in model " + model.name());
        List<String> actionIds = new ArrayList<>();
        for (String action : spec.actions()) {
            actionIds.add(model.imports().resolve(action).map(ImportDef::id)
                    .or(() -> model.exports().resolve(action).map(ExportDef::id))
                    .or(() -> model.actions().resolve(action).map(ActionDef::id))
                    .orElseThrow(() -> new SeedException("Process " + spec.name() + ": unknown action " + action)));
        }
        return new ProcessDef(id(spec.id(), IdPrefix.PROCESS), spec.name(), actionIds);
    }
}
