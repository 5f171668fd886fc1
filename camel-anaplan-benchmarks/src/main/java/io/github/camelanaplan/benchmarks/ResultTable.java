package io.github.camelanaplan.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The rows measured so far, rendered as a Markdown table. */
final class ResultTable {

    /** One measured figure, with its baseline and target where the scenario has them. */
    record Row(String scenario, String profile, String ours, String baseline, String ratio, String target,
               Verdict verdict) {
    }

    enum Verdict {
        PASS("pass"), FAIL("**FAIL**"), INFO("—");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        static Verdict of(boolean passed) {
            return passed ? PASS : FAIL;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    synchronized void add(Row row) {
        rows.add(row);
        System.out.println("  => " + row.scenario() + " [" + row.profile() + "]: " + row.ours()
                + (row.baseline().isEmpty() ? "" : " vs " + row.baseline()) + (row.ratio().isEmpty() ? ""
                : " = " + row.ratio()) + (row.target().isEmpty() ? "" : " (target " + row.target() + ": "
                + row.verdict().text + ")"));
    }

    synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    synchronized String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | profile | ours | baseline | ratio | target | result |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.scenario()).append(" | ").append(row.profile()).append(" | ")
                    .append(row.ours()).append(" | ").append(row.baseline()).append(" | ").append(row.ratio())
                    .append(" | ").append(row.target()).append(" | ").append(row.verdict().text).append(" |\n");
        }
        return out.toString();
    }
}
