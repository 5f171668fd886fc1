package io.github.camelanaplan.simulator.tasks;

/** Row tallies of one import run, the numbers behind its result detail. */
final class ImportCounts {

    private long created;
    private long updated;
    private long renamed;
    private long failed;
    private long ignored;

    void add(RowOutcome outcome) {
        switch (outcome.kind()) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case IGNORED -> ignored++;
            case FAILED -> failed++;
        }
        if (outcome.renamed()) {
            renamed++;
        }
    }

    long created() {
        return created;
    }

    long updated() {
        return updated;
    }

    long renamed() {
        return renamed;
    }

    long failed() {
        return failed;
    }

    long ignored() {
        return ignored;
    }

    long successful() {
        return created + updated;
    }

    long total() {
        return created + updated + failed + ignored;
    }

    /**
     * Anaplan's sentence, e.g. {@code Products: 8 (2/6) rows successful, 2 failed } (created/updated in
     * brackets, trailing space included as in real results).
     */
    String message(String targetName) {
        StringBuilder text = new StringBuilder().append(targetName).append(": ").append(successful())
                .append(" (").append(created).append('/').append(updated).append(") rows successful");
        if (failed > 0) {
            text.append(", ").append(failed).append(" failed");
        }
        if (ignored > 0) {
            text.append(", ").append(ignored).append(" ignored");
        }
        return text.append(' ').toString();
    }
}
