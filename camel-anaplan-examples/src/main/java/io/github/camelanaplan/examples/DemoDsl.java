package io.github.camelanaplan.examples;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The DSL the demo's routes are written in, chosen with {@code demo.dsl}. Every route exists in each of them, so
 * exactly one set is loaded: the Java route builders, or the files under {@code routes/yaml} or {@code routes/xml}
 * (picked up by {@code camel.main.routes-include-pattern}, which names the folder through {@code {{demo.dsl}}}).
 */
public enum DemoDsl {
    JAVA, YAML, XML;

    /**
     * @param value the {@code demo.dsl} setting, case-insensitive
     * @return the DSL
     * @throws IllegalArgumentException naming the value and the valid ones
     */
    public static DemoDsl parse(String value) {
        for (DemoDsl dsl : values()) {
            if (dsl.name().equalsIgnoreCase(value.trim())) {
                return dsl;
            }
        }
        throw new IllegalArgumentException("demo.dsl=" + value + " is not a DSL of the example; use one of "
                + Arrays.stream(values()).map(DemoDsl::label).collect(Collectors.joining(", ")));
    }

    /** @return the name as written in {@code demo.dsl} and the routes folder */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
