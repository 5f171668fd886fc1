package io.github.camelanaplan.simulator.tasks;

/**
 * What an import did with one source row.
 *
 * @param error why the row was rejected, for {@link Kind#FAILED} only
 */
record RowOutcome(Kind kind, String error, boolean renamed) {

    static final RowOutcome CREATED = new RowOutcome(Kind.CREATED, null, false);
    static final RowOutcome UPDATED = new RowOutcome(Kind.UPDATED, null, false);
    static final RowOutcome RENAMED = new RowOutcome(Kind.UPDATED, null, true);
    static final RowOutcome IGNORED = new RowOutcome(Kind.IGNORED, null, false);

    enum Kind {
        CREATED,
        UPDATED,
        IGNORED,
        FAILED
    }

    static RowOutcome failed(String error) {
        return new RowOutcome(Kind.FAILED, error, false);
    }
}
