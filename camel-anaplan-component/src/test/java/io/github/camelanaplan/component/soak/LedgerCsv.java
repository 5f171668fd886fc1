package io.github.camelanaplan.component.soak;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Realistic ledger CSV for {@link LedgerModel}: one row per account and month in the export's order, amounts in
 * the simulator's number form ({@code 12}, {@code -4.5}), memos with accents, commas and quotes (quoted only where
 * needed, as the export writes them). Every round trip draws its own content, so a mix-up between round trips
 * cannot pass the hash comparison.
 */
final class LedgerCsv {

    static final String HEADER = "Accounts,Time,Amount,Memo\n";

    private static final List<String> COMPANIES = List.of("Müller GmbH", "Société Générale", "Acme Corp", "Nordisk A/S",
            "Zürich Re", "Åkesson AB", "O'Brien & Sons", "Kowalski Sp. z o.o.");
    private static final List<String> CITIES = List.of("Zürich", "São Paulo", "Kraków", "Lyon", "Austin", "Osaka");
    private static final List<String> PEOPLE = List.of("Ann Lee", "Bob Ng", "Chloé Martin", "Jörg Weiß", "Priya Rao");
    private static final List<String> COSTS = List.of("rent", "utilities", "consulting", "licences", "freight",
            "hardware", "training");

    private LedgerCsv() {
    }

    static byte[] generate(Random random, int accounts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(accounts * LedgerModel.MONTHS * 64);
        out.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        StringBuilder row = new StringBuilder(128);
        for (int account = 1; account <= accounts; account++) {
            for (int month = 0; month < LedgerModel.MONTHS; month++) {
                row.setLength(0);
                row.append(LedgerModel.accountName(account)).append(',').append(LedgerModel.monthName(month)).append(',')
                        .append(amount(random)).append(',').append(quoted(memo(random))).append('\n');
                out.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** Accounts needed for a file of about {@code targetBytes}, measured on a sample of generated rows. */
    static int accountsFor(long targetBytes) {
        int sampleAccounts = 200;
        byte[] sample = generate(new Random(1), sampleAccounts);
        double bytesPerAccount = (sample.length - HEADER.length()) / (double) sampleAccounts;
        return (int) Math.max(1, Math.round((targetBytes - HEADER.length()) / bytesPerAccount));
    }

    /** Data rows of a file for this many accounts. */
    static long rows(int accounts) {
        return (long) accounts * LedgerModel.MONTHS;
    }

    private static String amount(Random random) {
        long cents = random.nextLong(-2_000_000_00L, 20_000_000_00L);
        int shape = random.nextInt(10);
        if (shape < 2) {
            cents -= cents % 100;          // whole amounts
        } else if (shape < 3) {
            cents -= cents % 10;           // one decimal
        }
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
    }

    private static String memo(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "Invoice " + random.nextInt(10_000, 99_999) + " – " + pick(random, COMPANIES);
            case 1 -> "Accrual, " + LedgerModel.monthName(random.nextInt(LedgerModel.MONTHS)) + " " + pick(random, COSTS);
            case 2 -> "Payroll run 2026-%02d-%02d".formatted(random.nextInt(1, 13), random.nextInt(1, 29));
            case 3 -> "Travel \"" + pick(random, CITIES) + "\" offsite";
            case 4 -> pick(random, COSTS) + " adjustment by " + pick(random, PEOPLE);
            default -> "PO " + random.nextInt(100_000, 999_999) + " " + pick(random, COMPANIES) + " / "
                    + pick(random, CITIES);
        };
    }

    /** CSV quoting as the export writes it: only fields holding a comma, a quote or a line break. */
    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
