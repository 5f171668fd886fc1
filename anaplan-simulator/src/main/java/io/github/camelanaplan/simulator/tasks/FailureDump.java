package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.ChunkedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The failure dump of one import run: the source header plus {@code _Status_} first and {@code _Line_},
 * {@code _Error_1_} last, then one line per rejected row. Written to disk as rows fail (never collected in
 * memory), published with the import's commit. A clean run publishes "no dump", which deletes the user's
 * previous dump of that import, as Anaplan does.
 */
final class FailureDump implements PendingOutput {

    private final StepContext context;
    private final String importId;
    private final List<String> header;
    private final CsvFormat format;
    private ChunkedOutputStream stream;
    private CsvWriter writer;
    private long rows;

    FailureDump(StepContext context, String importId, List<String> header, CsvFormat sourceFormat) {
        this.context = context;
        this.importId = importId;
        this.header = List.copyOf(header);
        this.format = sourceFormat.withCharset(StandardCharsets.UTF_8);
    }

    void add(long line, List<String> fields, String error) throws IOException {
        if (writer == null) {
            open();
        }
        List<String> record = new ArrayList<>(fields.size() + 3);
        record.add("E");
        // Aligned with the header, so _Line_ and _Error_1_ stay in their columns whatever the row's width.
        int width = header.isEmpty() ? fields.size() : header.size();
        for (int i = 0; i < width; i++) {
            record.add(i < fields.size() ? fields.get(i) : "");
        }
        record.add(Long.toString(line));
        record.add(error);
        writer.write(record);
        rows++;
    }

    long rows() {
        return rows;
    }

    private void open() throws IOException {
        stream = context.files().openOutput(context.model().id(), DumpRegistry.fileId(importId), context.userId(),
                DumpRegistry.CHUNK_BYTES);
        writer = new CsvWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
                64 * 1024), format);
        List<String> columns = new ArrayList<>();
        columns.add("_Status_");
        columns.addAll(header);
        columns.add("_Line_");
        columns.add("_Error_1_");
        writer.write(columns);
    }

    @Override
    public void publish() throws IOException {
        String modelId = context.model().id();
        if (writer != null) {
            writer.close();
            context.dumps().register(modelId, context.userId(), importId, context.taskId());
        } else if (context.dumps().remove(modelId, context.userId(), importId)) {
            context.files().delete(modelId, DumpRegistry.fileId(importId), context.userId());
        }
    }

    @Override
    public void discard() throws IOException {
        if (stream != null) {
            stream.discard();
        }
    }
}
