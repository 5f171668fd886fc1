package io.github.camelanaplan.simulator.state;

/**
 * A file definition. Content lives in {@link FileStore}, per user.
 *
 * @param ownerUserId the creator for {@link FileKind#PRIVATE} files, else null
 */
public record FileDef(String id, String name, FileKind kind, String format, String separator, String encoding,
                      int headerRow, int firstDataRow, String delimiter, String ownerUserId) implements Named {

    public static FileDef importSource(String id, String name, String separator, String encoding, int headerRow,
                                       int firstDataRow, String delimiter) {
        return new FileDef(id, name, FileKind.IMPORT_SOURCE, "txt", separator, encoding, headerRow, firstDataRow,
                delimiter, null);
    }

    public static FileDef exportOutput(String exportId, String name, String separator, String encoding) {
        return new FileDef(exportId, name, FileKind.EXPORT_OUTPUT, "txt", separator, encoding, 0, 0, "\"", null);
    }

    public boolean visibleTo(String userId) {
        return kind != FileKind.PRIVATE || ownerUserId.equals(userId);
    }
}
