package io.github.camelanaplan.component;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the failure dump of an import (or of each failing action of a process) goes. */
public enum DumpMode {
    /** Not fetched; {@code CamelAnaplanDumpAvailable} still tells whether one exists. */
    NONE,
    /** Fetched into a stream cache and put in the {@code CamelAnaplanDump} (process: {@code CamelAnaplanDumps}) header. */
    HEADER,
    /** Written under {@code dumpDirectory}; the path goes in {@code CamelAnaplanDumpFile} (process: {@code CamelAnaplanDumpFiles}). */
    FILE;

    /**
     * @throws IllegalArgumentException naming the option and the valid values
     */
    public static DumpMode fromOption(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid dumpMode '" + value + "'. Valid values: "
                                               + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
