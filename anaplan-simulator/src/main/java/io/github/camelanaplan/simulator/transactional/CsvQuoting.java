package io.github.camelanaplan.simulator.transactional;

/**
 * When a CSV field is wrapped in double quotes. Plain {@code text/csv} quotes only where CSV needs it;
 * {@code text/csv;escaped=true}, which some tenants require, also quotes every non-numeric text so labels
 * with unusual characters survive any parser (what Anaplan escapes exactly is not documented).
 */
enum CsvQuoting {

    /** Only fields containing a comma, a quote, a line break, or leading or trailing blanks. */
    MINIMAL {
        @Override
        boolean quotes(String text) {
            return needsQuotes(text);
        }
    },

    /** Every non-empty field that is not a plain number. */
    ESCAPED {
        @Override
        boolean quotes(String text) {
            return needsQuotes(text) || (!text.isEmpty() && !isNumber(text));
        }
    };

    abstract boolean quotes(String text);

    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1));
    }

    private static boolean isNumber(String text) {
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        boolean dot = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
