package io.github.camelanaplan.component.internal;

import java.util.Locale;
import java.util.Set;

import io.github.camelanaplan.client.transactional.CellWriter;
import io.github.camelanaplan.client.transactional.WriteOptions;
import io.github.camelanaplan.component.AnaplanConfiguration;

/**
 * The choice-valued options of the transactional operations, parsed in one place so that the start-up check and
 * the per-message header give the same error: the value given and the valid ones.
 */
public final class TransactionalOptions {

    /** What {@code list-write} does with each entry. */
    public enum ListWriteMode { ADD, UPDATE, UPSERT, DELETE }

    /** The body shape of {@code list-read} and {@code view-read}. */
    public enum OutputFormat { LIST, JSON, CSV }

    /** Whether reads go through a large-volume read request. */
    public enum LargeRead { AUTO, ALWAYS, NEVER }

    private static final Set<String> EXPORT_TYPES = Set.of("TABULAR_MULTI_COLUMN", "TABULAR_SINGLE_COLUMN", "GRID_ALL_PAGES");

    private TransactionalOptions() {
    }

    /** Fails naming the source, the value and the valid values when {@code value} is not one of the enum's constants. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String source) {
        if (value != null) {
            String wanted = value.trim().toUpperCase(Locale.ROOT);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(wanted)) {
                    return constant;
                }
            }
        }
        StringBuilder valid = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            valid.append(valid.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("Invalid " + source + " '" + value + "'. Valid values: " + valid);
    }

    /** The start-up checks of the transactional options; values a header can supply are not required here. */
    public static void validate(AnaplanConfiguration c) {
        parse(ListWriteMode.class, c.getListWriteMode(), "option listWriteMode");
        parse(OutputFormat.class, c.getOutputFormat(), "option outputFormat");
        parse(LargeRead.class, c.getLargeRead(), "option largeRead");
        writeOptions(c);
        if (c.getCellsPerRequest() < 1 || c.getCellsPerRequest() > CellWriter.MAX_CELLS_PER_REQUEST) {
            throw new IllegalArgumentException("Invalid option cellsPerRequest " + c.getCellsPerRequest() + ": must be between 1 and "
                                               + CellWriter.MAX_CELLS_PER_REQUEST);
        }
        if (c.getExportType() == null || !EXPORT_TYPES.contains(c.getExportType().trim().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Invalid option exportType '" + c.getExportType() + "'. Valid values: "
                                               + "TABULAR_MULTI_COLUMN, TABULAR_SINGLE_COLUMN, GRID_ALL_PAGES");
        }
        PageSelectors.parse(c.getPageSelectors(), "option pageSelectors");
    }

    /** The client's write options from {@code listBatchSize} and {@code listBatchesInFlight}, with the options named. */
    public static WriteOptions writeOptions(AnaplanConfiguration c) {
        try {
            return new WriteOptions(c.getListBatchSize(), c.getListBatchesInFlight());
        } catch (IllegalArgumentException e) {
            // The client's message names its own parameters; restate it with the option names users set.
            throw new IllegalArgumentException("Invalid options listBatchSize=" + c.getListBatchSize() + "/listBatchesInFlight="
                                               + c.getListBatchesInFlight() + ": " + e.getMessage().replace("batchSize", "listBatchSize")
                                                       .replace("batchesInFlight", "listBatchesInFlight"));
        }
    }
}
