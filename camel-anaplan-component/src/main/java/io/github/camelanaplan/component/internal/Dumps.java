package io.github.camelanaplan.component.internal;

import java.io.InputStream;
import java.util.Map;

/**
 * The failure dumps fetched for one task. An import has at most one ({@code stream} or {@code file}); a process has
 * one per failing action, keyed by the action's id ({@code streams} or {@code files}).
 */
public record Dumps(InputStream stream, String file, Map<String, InputStream> streams, Map<String, String> files) {

    public static final Dumps NONE = new Dumps(null, null, Map.of(), Map.of());

    public Dumps {
        streams = streams == null ? Map.of() : Map.copyOf(streams);
        files = files == null ? Map.of() : Map.copyOf(files);
    }
}
