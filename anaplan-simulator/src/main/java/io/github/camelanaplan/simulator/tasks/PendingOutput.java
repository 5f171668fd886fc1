package io.github.camelanaplan.simulator.tasks;

import java.io.IOException;

/** A file an action wrote (export output, failure dump) that becomes visible only when the action commits. */
interface PendingOutput {

    void publish() throws IOException;

    void discard() throws IOException;
}
