package io.github.camelanaplan.benchmarks;

import java.util.Locale;

/** Reads and prints byte sizes such as {@code 1GiB}, {@code 64MiB}, {@code 500MB} or a plain byte count. */
final class Sizes {

    private Sizes() {
    }

    static long parse(String option, String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        long factor = 1;
        String[][] units = {{"GIB", "1073741824"}, {"MIB", "1048576"}, {"KIB", "1024"}, {"GB", "1000000000"},
            {"MB", "1000000"}, {"KB", "1000"}, {"B", "1"}};
        for (String[] unit : units) {
            if (t.endsWith(unit[0])) {
                factor = Long.parseLong(unit[1]);
                t = t.substring(0, t.length() - unit[0].length()).trim();
                break;
            }
        }
        try {
            long value = Math.round(Double.parseDouble(t) * factor);
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a positive size such as 1GiB, 64MiB or 500MB, was '"
                    + text + "'");
        }
    }

    static String format(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 20) == 0 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
        }
        return bytes + " B";
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }
}
