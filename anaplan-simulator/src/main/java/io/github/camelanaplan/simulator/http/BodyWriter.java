package io.github.camelanaplan.simulator.http;

import java.io.IOException;
import java.io.OutputStream;

/** Produces a response body straight into the connection, so large content is never held in memory. */
@FunctionalInterface
public interface BodyWriter {

    void writeTo(OutputStream out) throws IOException;
}
