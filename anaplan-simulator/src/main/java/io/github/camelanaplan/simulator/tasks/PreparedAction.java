package io.github.camelanaplan.simulator.tasks;

import java.util.List;

/**
 * An action that has done its work but not yet made it visible.
 *
 * @param rows    rows read or written, which stretch the simulated run time
 * @param change  staged data changes
 * @param outputs files to publish with the change
 * @param result  the action's result once committed
 */
record PreparedAction(long rows, ModelChange change, List<PendingOutput> outputs, TaskResult result) {

    PreparedAction {
        outputs = List.copyOf(outputs);
    }
}
