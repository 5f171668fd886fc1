package io.github.camelanaplan.client.task;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Outcome of a finished task. For a process, {@code nestedResults} holds one result per action in run order.
 *
 * @param successful           whether the run succeeded
 * @param failureDumpAvailable whether rejected rows can be downloaded as a dump
 * @param objectId             id of the import, export, process or action that ran
 * @param objectName           its name, when reported
 * @param details              details such as row counts
 * @param nestedResults        results of a process's actions
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskResult(Boolean successful, Boolean failureDumpAvailable, String objectId, String objectName,
                         List<TaskResultDetail> details, List<TaskResult> nestedResults) {

    /**
     * Validates and normalises the components.
     *
     * @param successful whether the run succeeded
     * @param failureDumpAvailable whether rejected rows can be downloaded as a dump
     * @param objectId id of the import, export, process or action that ran
     * @param objectName its name, when reported
     * @param details details such as row counts
     * @param nestedResults results of a process's actions
     */
    public TaskResult {
        details = details == null ? List.of() : List.copyOf(details);
        nestedResults = nestedResults == null ? List.of() : List.copyOf(nestedResults);
    }

    /** @return whether the run succeeded; a missing flag counts as failure */
    public boolean isSuccessful() {
        return Boolean.TRUE.equals(successful);
    }

    /** @return whether a failure dump can be downloaded */
    public boolean hasFailureDump() {
        return Boolean.TRUE.equals(failureDumpAvailable);
    }

    /** @return rows read ({@code totalRowCount}), summed over all details, nested results included */
    public long rowsProcessed() {
        return sum("totalRowCount");
    }

    /** @return rows loaded successfully ({@code successRowCount}), summed likewise */
    public long rowsSucceeded() {
        return sum("successRowCount");
    }

    /** @return rows rejected ({@code failedCount}), summed likewise */
    public long rowsFailed() {
        return sum("failedCount");
    }

    /** @return rows ignored ({@code ignoredCount}), summed likewise */
    public long rowsIgnored() {
        return sum("ignoredCount");
    }

    /** @return rows loaded with warnings ({@code warningsRowCount}), summed likewise */
    public long warnings() {
        return sum("warningsRowCount");
    }

    private long sum(String key) {
        long total = 0;
        for (TaskResultDetail detail : details) {
            total += detail.number(key).orElse(0L);
        }
        for (TaskResult nested : nestedResults) {
            total += nested.sum(key);
        }
        return total;
    }
}
