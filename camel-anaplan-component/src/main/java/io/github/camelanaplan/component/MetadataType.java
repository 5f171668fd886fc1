package io.github.camelanaplan.component;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the {@code metadata} operation lists. */
public enum MetadataType {
    WORKSPACES(false),
    MODELS(false),
    IMPORTS(true),
    EXPORTS(true),
    PROCESSES(true),
    ACTIONS(true),
    FILES(true),
    MODULES(true),
    VIEWS(true),
    LISTS(true);

    private final boolean modelScoped;

    MetadataType(boolean modelScoped) {
        this.modelScoped = modelScoped;
    }

    /** Whether listing needs a model (everything but workspaces and models). */
    public boolean isModelScoped() {
        return modelScoped;
    }

    /**
     * @param source where the value came from, for the message (an option or a header name)
     * @throws IllegalArgumentException naming the source, the value and the valid values
     */
    public static MetadataType fromName(String value, String source) {
        if (value != null) {
            String wanted = value.trim().toUpperCase(Locale.ROOT);
            for (MetadataType type : values()) {
                if (type.name().equals(wanted)) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("Invalid " + source + " '" + value + "'. Valid values: " + validNames());
    }

    /** The valid values, lower-case, comma-separated. */
    public static String validNames() {
        return Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
