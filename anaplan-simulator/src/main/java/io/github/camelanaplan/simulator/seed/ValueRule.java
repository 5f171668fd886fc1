package io.github.camelanaplan.simulator.seed;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compact rule computing a value from a running number n (1, 2, 3...), so a model file can describe
 * hundreds of items or cells in a few lines. Forms:
 * <ul>
 *   <li>a scalar: constant, or a pattern when it contains {@code {n}} or {@code {n:W}} (zero-padded to W)</li>
 *   <li>{@code {cycle: [a, b, c]}}: a, b, c, a, ...</li>
 *   <li>{@code {every: K}}: {@code true} when n is a multiple of K, else {@code false}</li>
 *   <li>{@code {start: S, step: D, wrap: W}}: S + ((n-1) mod W) * D (W optional)</li>
 * </ul>
 */
public record ValueRule(String pattern, List<String> cycle, Integer every, BigDecimal start, BigDecimal step,
                        Integer wrap) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{n(?::(\\d+))?}");

    public ValueRule {
        cycle = cycle == null ? null : List.copyOf(cycle);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ValueRule from(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return new ValueRule(node.asText(), null, null, null, null, null);
        }
        if (node.has("cycle")) {
            List<String> values = new ArrayList<>();
            node.get("cycle").forEach(v -> values.add(v.asText()));
            if (values.isEmpty()) {
                throw new IllegalArgumentException("cycle needs at least one value");
            }
            return new ValueRule(null, values, null, null, null, null);
        }
        if (node.has("every")) {
            return new ValueRule(null, null, node.get("every").asInt(), null, null, null);
        }
        if (node.has("start")) {
            BigDecimal step = node.has("step") ? node.get("step").decimalValue() : BigDecimal.ONE;
            Integer wrap = node.has("wrap") ? node.get("wrap").asInt() : null;
            return new ValueRule(null, null, null, node.get("start").decimalValue(), step, wrap);
        }
        if (node.has("value")) {
            return new ValueRule(node.get("value").asText(), null, null, null, null, null);
        }
        throw new IllegalArgumentException("unknown value rule " + node);
    }

    public String apply(int n) {
        if (cycle != null) {
            return cycle.get((n - 1) % cycle.size());
        }
        if (every != null) {
            return Boolean.toString(n % every == 0);
        }
        if (start != null) {
            int k = wrap == null ? n - 1 : (n - 1) % wrap;
            return start.add(step.multiply(BigDecimal.valueOf(k))).stripTrailingZeros().toPlainString();
        }
        return substitute(pattern, n);
    }

    private static String substitute(String pattern, int n) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String width = matcher.group(1);
            String number = width == null ? Integer.toString(n)
                    : String.format(Locale.ROOT, "%0" + width + "d", n);
            matcher.appendReplacement(result, Matcher.quoteReplacement(number));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
