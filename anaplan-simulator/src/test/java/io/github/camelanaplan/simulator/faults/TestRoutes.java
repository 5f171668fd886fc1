package io.github.camelanaplan.simulator.faults;

import io.github.camelanaplan.simulator.SimulatorModule;
import java.io.InputStream;
import java.util.Map;

/**
 * Two Integration-API routes for body tests, so throttling and cuts are measured on plain byte streams
 * rather than through file or task semantics: {@code PUT /2/0/test/sink} reads and counts the body,
 * {@code GET /2/0/test/source?bytes=N} sends N bytes with a Content-Length.
 */
final class TestRoutes {

    static final SimulatorModule MODULE = context -> {
        context.router().api("PUT", "/test/sink", (req, res) -> {
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = req.body()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    total += read;
                }
            }
            res.json(200, Map.of("bytes", total));
        });
        context.router().api("GET", "/test/source", (req, res) -> {
            int length = Integer.parseInt(req.query("bytes"));
            res.bytes(200, "application/octet-stream", new byte[length]);
        });
    };

    private TestRoutes() {
    }
}
