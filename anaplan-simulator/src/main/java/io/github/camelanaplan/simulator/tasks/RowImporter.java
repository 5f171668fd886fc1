package io.github.camelanaplan.simulator.tasks;

import java.util.List;

/** Turns source rows into staged changes of one target (a list or a module). */
interface RowImporter {

    /** Resolves the mapping against the source header before the first row. */
    void begin(SourceColumns columns) throws ActionFailedException;

    RowOutcome row(List<String> fields);

    /** The changes of every accepted row. */
    ModelChange change();

    /** The result detail, e.g. {@code hierarchyRowsProcessed}. */
    TaskDetail detail(ImportCounts counts);
}
