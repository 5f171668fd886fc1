package io.github.camelanaplan.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark tenant, loaded beside the demo model: ten small models with a list import each (for the
 * concurrency scenario) and a {@code Ledger} model whose module export is about {@code exportSize} bytes (for the
 * download scenario). The ledger's account list is generated from rules, so its size costs one line of YAML.
 */
final class BenchModel {

    static final String WORKSPACE = "Bench";
    static final String LEDGER_MODEL = "Ledger";
    static final String LEDGER_EXPORT = "Ledger export";
    static final String LOAD_IMPORT = "Items from items.csv";
    static final int LOAD_MODELS = 10;

    private static final List<String> REGIONS = List.of("North America", "Latin America", "Western Europe",
            "Northern Europe", "Central Europe", "Middle East", "Asia Pacific", "Japan");
    private static final List<String> MONTHS = List.of("Jan 26", "Feb 26", "Mar 26", "Apr 26", "May 26", "Jun 26",
            "Jul 26", "Aug 26", "Sep 26", "Oct 26", "Nov 26", "Dec 26");
    private static final List<String> VERSIONS = List.of("Actual", "Forecast");

    private BenchModel() {
    }

    static String loadModel(int n) {
        return String.format(Locale.ROOT, "Load %02d", n);
    }

    /** Accounts needed for an export of at least {@code exportSize} bytes: one row per account, region, month, version. */
    static int accountsFor(long exportSize) {
        long perAccount = 0;
        int accountName = "Account 000000 - Retail Customer Operations".length();
        for (String region : REGIONS) {
            for (String month : MONTHS) {
                for (String version : VERSIONS) {
                    // name,region,month,version,Amount,Units,Note + newline; the values are empty
                    perAccount += accountName + 1 + region.length() + 1 + month.length() + 1 + version.length() + 3 + 1;
                }
            }
        }
        return (int) Math.max(1, (exportSize + perAccount - 1) / perAccount);
    }

    static Path write(Path file, long exportSize) throws IOException {
        StringBuilder yaml = new StringBuilder();
        yaml.append("workspaces:\n  - name: ").append(WORKSPACE).append("\n    models:\n");
        for (int i = 1; i <= LOAD_MODELS; i++) {
            yaml.append("      - name: ").append(loadModel(i)).append('\n')
                    .append("        lists:\n          - name: Items\n")
                    .append("        files:\n          - name: items.csv\n")
                    .append("        imports:\n          - name: ").append(LOAD_IMPORT).append('\n')
                    .append("            file: items.csv\n            list: Items\n")
                    .append("            columns: { name: Name, code: Code }\n");
        }
        yaml.append("      - name: ").append(LEDGER_MODEL).append('\n')
                .append("        lists:\n          - name: Regions\n            items:\n");
        for (int i = 0; i < REGIONS.size(); i++) {
            yaml.append("              - { name: ").append(REGIONS.get(i)).append(", code: R").append(i + 1).append(" }\n");
        }
        yaml.append("          - name: Accounts\n            generate:\n              count: ")
                .append(accountsFor(exportSize)).append('\n')
                .append("              name: \"Account {n:6} - Retail Customer Operations\"\n              code: \"A{n:6}\"\n")
                .append("        modules:\n          - name: Ledger\n")
                .append("            dimensions: [Accounts, Regions, Time, Versions]\n")
                .append("            lineItems:\n")
                .append("              - { name: Amount, format: NUMBER }\n")
                .append("              - { name: Units, format: NUMBER }\n")
                .append("              - { name: Note, format: TEXT }\n")
                .append("        exports:\n          - { name: ").append(LEDGER_EXPORT).append(", module: Ledger }\n");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }
}
