package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.ChunkedOutputStream;
import io.github.camelanaplan.simulator.state.ExportDef;
import io.github.camelanaplan.simulator.state.ExportLayout;
import io.github.camelanaplan.simulator.state.Model;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.Lock;

/**
 * Runs an export: writes the source's current data as delimited text (header row first) into the output
 * file whose id is the export id, cut into chunks. The new output replaces the caller's previous one only
 * when the task commits, so the files list shows the right {@code chunkCount} as soon as the task is
 * COMPLETE and a cancelled export leaves the old output in place.
 */
final class ExportStep implements ActionStep {

    private final ExportDef definition;

    ExportStep(ExportDef definition) {
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
        CsvFormat format = CsvFormat.of(definition);
        ChunkedOutputStream output = context.files().openOutput(model.id(), definition.id(), context.userId());
        CsvWriter csv = new CsvWriter(new BufferedWriter(new OutputStreamWriter(output, format.charset()),
                64 * 1024), format);
        ExportWriter writer = new ExportWriter(model, csv, context);
        Lock lock = model.dataLock().readLock();
        lock.lock();
        try {
            writer.header(ExportLayout.of(model, definition));
            switch (definition.sourceType()) {
                case LIST -> writer.list(model.lists().byId(definition.sourceId()).orElseThrow());
                case MODULE -> writer.module(model.modules().byId(definition.sourceId()).orElseThrow());
                case VIEW -> writer.view(model.view(definition.sourceId()).orElseThrow());
            }
        } catch (NoSuchElementException e) {
            output.discard();
            throw new ActionFailedException("The source of " + definition.name() + " no longer exists");
        } catch (UncheckedIOException e) {
            output.discard();
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            output.discard();
            throw e;
        } finally {
            lock.unlock();
        }
        TaskResult result = new TaskResult(true, false, definition.id(), definition.name(),
                List.of(TaskDetail.message("exportSucceeded", definition.name() + ": " + writer.rows()
                        + " rows exported")), null);
        return new PreparedAction(writer.rows(), ModelChange.NONE, List.of(new PendingOutput() {
            @Override
            public void publish() throws IOException {
                csv.close();
            }

            @Override
            public void discard() throws IOException {
                output.discard();
            }
        }), result);
    }
}
