package io.github.camelanaplan.component.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A simulator model whose import and export are exact inverses: the import fills every cell of the Ledger module
 * (Accounts × 12 months, line items Amount and Memo), and the export writes every cell back in the same order and
 * text form. An upload that reaches the export unchanged therefore comes back byte for byte.
 */
record LedgerModel(int accounts) {

    static final String USER = "soak@example.com";
    static final String PASSWORD = "soak-password";
    static final String WORKSPACE = "Soak";
    static final String MODEL = "Ledger";
    static final String IMPORT = "Ledger from ledger.csv";
    static final String EXPORT = "Ledger export";
    static final int MONTHS = 12;

    /** Item names the generated list gives, in list order: {@code Account 000001} ... */
    static String accountName(int n) {
        return "Account %06d".formatted(n);
    }

    /** Period names of the model's calendar starting January 2026: {@code Jan 26} ... {@code Dec 26}. */
    static String monthName(int index) {
        return java.time.Month.of(index + 1).getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                + " 26";
    }

    Path writeTo(Path directory) throws IOException {
        String yaml = """
                customer: Soak
                users:
                  - { email: %s, password: %s }
                workspaces:
                  - name: %s
                    users: { %s: ADMIN }
                    models:
                      - name: %s
                        users: { %s: FULL }
                        time: { start: 2026-01, months: %d }
                        lists:
                          - name: Accounts
                            generate: { count: %d, name: "Account {n:6}", code: "A{n}" }
                        modules:
                          - name: Ledger
                            dimensions: [Accounts, Time]
                            lineItems:
                              - { name: Amount, format: NUMBER }
                              - { name: Memo, format: TEXT }
                        files:
                          - name: ledger.csv
                        imports:
                          - name: %s
                            file: ledger.csv
                            module: Ledger
                            dimensions:
                              Accounts: { column: Accounts }
                              Time: { column: Time }
                            lineItems: { Amount: Amount, Memo: Memo }
                        exports:
                          - { name: %s, module: Ledger }
                """.formatted(USER, PASSWORD, WORKSPACE, USER, MODEL, USER, MONTHS, accounts, IMPORT, EXPORT);
        return Files.writeString(directory.resolve("ledger-model.yaml"), yaml);
    }
}
