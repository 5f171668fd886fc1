package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.FileDef;
import io.github.camelanaplan.simulator.state.FileStore;
import io.github.camelanaplan.simulator.state.ImportDef;
import io.github.camelanaplan.simulator.state.ListImportMapping;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import io.github.camelanaplan.simulator.state.ModuleImportMapping;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * Runs an import: streams the caller's completed upload of the source file (else the default content) row by
 * row, hands each row to the list or module importer, writes rejected rows to the failure dump.
 */
final class ImportStep implements ActionStep {

    private final ImportDef definition;

    ImportStep(ImportDef definition) {
        this.definition = definition;
    }

    @Override
    public String objectId() {
        return definition.id();
    }

    @Override
    public String objectName() {
        return definition.name();
    }

    @Override
    public PreparedAction prepare(StepContext context) throws ActionFailedException, IOException {
        Model model = context.model();
        FileDef file = model.files().byId(definition.sourceFileId()).orElseThrow(() ->
                new ActionFailedException("The import data source " + definition.sourceFileId() + " does not exist"));
        RowImporter importer = importer(context);
        FileStore.Content source = context.files().openCompleted(model.id(), file.id(), context.userId())
                .orElseThrow(() -> new ActionFailedException("The import data source " + file.name()
                        + " has not been uploaded, or its upload was not marked complete"));
        InputStream content = context.progress().counting(source.stream(), source.size());
        CsvFormat format = CsvFormat.of(file);
        ImportCounts counts = new ImportCounts();
        FailureDump dump;
        Lock lock = model.dataLock().readLock();
        lock.lock();
        try (CsvReader reader = new CsvReader(new BufferedReader(new InputStreamReader(content, format.charset()),
                64 * 1024), format)) {
            SourceColumns columns = header(reader, file);
            importer.begin(columns);
            dump = new FailureDump(context, definition.id(), columns.names(), format);
            try (ReadAheadRecords records = new ReadAheadRecords(reader, "anaplan-import-" + context.taskId())) {
                readRows(context, records, file, importer, counts, dump);
            } catch (IOException | RuntimeException e) {
                dump.discard();
                throw e;
            }
        } finally {
            lock.unlock();
        }
        boolean failures = counts.failed() > 0;
        // Partial failures still count as a successful run; see docs/simulator.md.
        boolean successful = !failures || counts.successful() > 0;
        TaskResult result = new TaskResult(successful, failures, definition.id(), definition.name(),
                List.of(importer.detail(counts)), null);
        return new PreparedAction(counts.total(), importer.change(), List.of(dump), result);
    }

    private RowImporter importer(StepContext context) throws ActionFailedException {
        Model model = context.model();
        return switch (definition.type()) {
            case HIERARCHY_DATA -> {
                AnaplanList list = model.lists().byId(definition.targetId()).orElseThrow(() ->
                        new ActionFailedException("The target list of " + definition.name() + " does not exist"));
                yield new ListImporter(model, list, (ListImportMapping) definition.mapping());
            }
            case MODULE_DATA -> {
                Module module = model.modules().byId(definition.targetId()).orElseThrow(() ->
                        new ActionFailedException("The target module of " + definition.name() + " does not exist"));
                yield new ModuleImporter(model, module, (ModuleImportMapping) definition.mapping(),
                        context.parameters(), definition.id());
            }
        };
    }

    /** Reads up to the header row; a file without one (headerRow 0) has no named columns to map. */
    private static SourceColumns header(CsvReader reader, FileDef file) throws IOException {
        List<String> header = List.of();
        for (int row = 1; row <= file.headerRow(); row++) {
            List<String> record = reader.next();
            if (record == null) {
                break;
            }
            header = record;
        }
        return new SourceColumns(header);
    }

    private static void readRows(StepContext context, ReadAheadRecords reader, FileDef file, RowImporter importer,
                                 ImportCounts counts, FailureDump dump) throws IOException {
        long firstDataRow = Math.max(file.firstDataRow(), file.headerRow() + 1L);
        List<String> record;
        while ((record = reader.next()) != null) {
            long line = reader.recordNumber();
            if (line < firstDataRow) {
                continue;
            }
            if (line % StepContext.CANCEL_CHECK_INTERVAL == 0) {
                context.checkCancelled();
                context.progress().rowsRead(line);
            }
            RowOutcome outcome = isBlank(record) ? RowOutcome.IGNORED : importer.row(record);
            counts.add(outcome);
            if (outcome.kind() == RowOutcome.Kind.FAILED) {
                dump.add(line, record, outcome.error());
            }
        }
    }

    private static boolean isBlank(List<String> record) {
        for (String field : record) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
