package io.github.camelanaplan.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of docs/errors.md. A row is a table line {@code | n | input | `Class`: `message` | what to do | `Test#scenario` |};
 * in the message an ellipsis (…) stands for a part that varies (ids, paths, ports). The test named in a row produces
 * the error and checks it against the row, so the catalogue cannot drift from what users really get.
 */
final class ErrorCatalogue {

    static final Path FILE = Path.of("..", "docs", "errors.md");

    private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|.*");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern OUTCOME = Pattern.compile("^`([A-Za-z0-9_]+)`: `(.+)`$");
    private static final Pattern TEST = Pattern.compile("^`BadInputCatalogueTest#([A-Za-z0-9_]+)`$");
    private static final String VARIABLE = "…";

    record Row(int number, String input, String exceptionClass, String message, String scenario) {

        /** The message as a pattern: literal text, with each ellipsis matching any text (line breaks included). */
        Pattern messagePattern() {
            StringBuilder regex = new StringBuilder();
            String[] literals = message.split(VARIABLE, -1);
            for (int i = 0; i < literals.length; i++) {
                if (i > 0) {
                    regex.append(".*?");
                }
                regex.append(Pattern.quote(literals[i]));
            }
            return Pattern.compile(regex.toString(), Pattern.DOTALL);
        }

        boolean matches(String actual) {
            return actual != null && messagePattern().matcher(actual).matches();
        }
    }

    private ErrorCatalogue() {
    }

    static List<Row> read() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(FILE)) {
            Matcher row = ROW.matcher(line.trim());
            if (!row.matches()) {
                continue;
            }
            String[] cells = CELL_SEPARATOR.split(line.trim(), -1);
            // leading and trailing pipes give empty first and last cells: | n | input | outcome | todo | test |
            if (cells.length != 7) {
                throw new IllegalStateException("docs/errors.md row needs 5 cells: " + line);
            }
            Matcher outcome = OUTCOME.matcher(unescape(cells[3]));
            Matcher test = TEST.matcher(cells[5].trim());
            if (!outcome.matches() || !test.matches()) {
                throw new IllegalStateException("docs/errors.md row needs `Class`: `message` and `BadInputCatalogueTest#name`: "
                                                + line);
            }
            rows.add(new Row(Integer.parseInt(row.group(1)), unescape(cells[2]), outcome.group(1), outcome.group(2),
                    test.group(1)));
        }
        return rows;
    }

    private static String unescape(String cell) {
        return cell.trim().replace("\\|", "|");
    }
}
