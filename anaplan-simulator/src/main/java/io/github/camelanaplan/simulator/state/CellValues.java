package io.github.camelanaplan.simulator.state;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Converts cell and property values between their text form (CSV, JSON, model files) and the typed values
 * in the {@link CellStore}. Shared so imports, exports and the transactional API agree on formats.
 */
public final class CellValues {

    private CellValues() {
    }

    /**
     * Parses text for a format; empty text means "no value" (null). LIST values resolve the item by id,
     * name or code in the referenced list.
     *
     * @throws IllegalArgumentException when the text does not fit the format
     */
    public static Object parse(ValueFormat format, String text, Model model) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String trimmed = text.trim();
        return switch (format.type()) {
            case NUMBER -> parseNumber(trimmed);
            case TEXT -> text;
            case BOOLEAN -> parseBoolean(trimmed);
            case DATE -> parseDate(trimmed);
            case LIST -> resolveListItem(model, format.listId(), trimmed)
                    .orElseThrow(() -> new IllegalArgumentException("Invalid list item: " + trimmed));
            case NO_DATA -> throw new IllegalArgumentException("line item holds no data");
        };
    }

    /** Text form of a stored value; the format's default for null (0, empty, false). */
    public static String format(ValueFormat format, Object value, Model model) {
        if (value == null) {
            return switch (format.type()) {
                case NUMBER -> "0";
                case BOOLEAN -> "false";
                default -> "";
            };
        }
        return switch (format.type()) {
            case NUMBER -> formatNumber(((Number) value).doubleValue());
            case LIST -> model.lists().byId(format.listId())
                    .flatMap(list -> list.store().byId((String) value))
                    .map(ListItem::name)
                    .orElse("");
            default -> value.toString();
        };
    }

    /** Whole numbers without a decimal point, others in plain notation: {@code 12}, {@code 12.5}. */
    public static String formatNumber(double number) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return "0";
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private static Double parseNumber(String text) {
        Double simple = plainDecimal(text);
        if (simple != null) {
            return simple;
        }
        try {
            return Double.valueOf(text.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid number: " + text);
        }
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    /**
     * The value of text such as {@code 1234}, {@code -12.5} or {@code 0.07}, or null for any other form. Imports
     * read millions of such numbers; a mantissa below 2^53 divided by an exact power of ten is the correctly
     * rounded double, the same that {@link Double#valueOf(String)} gives, at a fraction of its cost.
     */
    private static Double plainDecimal(String text) {
        int length = text.length();
        int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (i == length || length - i > 16) {
            return null;
        }
        long mantissa = 0;
        int decimals = -1;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0 && i + 1 < length) {
                decimals = 0;
            } else {
                return null;
            }
        }
        if (mantissa > (1L << 53)) {
            return null;
        }
        double value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
        return text.charAt(0) == '-' ? -value : value;
    }

    private static Boolean parseBoolean(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("Invalid boolean: " + text);
        };
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid date: " + text);
        }
    }

    private static Optional<String> resolveListItem(Model model, String listId, String text) {
        return model.lists().byId(listId)
                .flatMap(list -> list.store().byId(text).or(() -> list.store().byName(text))
                        .or(() -> list.store().byCode(text)))
                .map(ListItem::id);
    }
}
