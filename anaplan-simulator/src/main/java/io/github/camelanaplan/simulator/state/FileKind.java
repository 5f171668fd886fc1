package io.github.camelanaplan.simulator.state;

/** Why a file exists; decides which fields the files list shows and who sees it. */
public enum FileKind {
    /** An import data source defined in the model (113...). */
    IMPORT_SOURCE,
    /** The output of an export; its id equals the export id (116...). */
    EXPORT_OUTPUT,
    /** Created by POSTing to an unknown file id; visible only to its creator. */
    PRIVATE
}
