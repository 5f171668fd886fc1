package io.github.camelanaplan.component.internal;

import io.github.camelanaplan.client.task.TaskHandle;
import io.github.camelanaplan.client.task.TaskStatus;

/**
 * What running one task produced.
 *
 * @param actionName   name of the import, export, process or action (its id when given as an id)
 * @param status       the final status when waited for, else the status read right after the start
 * @param waited       whether the exchange waited for the task to end
 * @param polls        status requests made while waiting
 * @param durationMillis time from the start request to seeing the end (or to the start answer when not waiting)
 * @param bytesUploaded bytes of the body uploaded before the task, -1 when nothing was uploaded
 * @param dumps        failure dumps fetched
 * @param payload      what the task delivered to the route (an export's stream or written file), or null
 * @param payloadBytes bytes of the payload when known (written file), else -1
 */
public record TaskOutcome(TaskHandle handle, String actionName, TaskStatus status, boolean waited, int polls,
                          long durationMillis, long bytesUploaded, Dumps dumps, Object payload, long payloadBytes) {

    public TaskOutcome withPayload(Object newPayload, long newPayloadBytes) {
        return new TaskOutcome(handle, actionName, status, waited, polls, durationMillis, bytesUploaded, dumps, newPayload,
                newPayloadBytes);
    }

    public TaskOutcome withDumps(Dumps newDumps) {
        return new TaskOutcome(handle, actionName, status, waited, polls, durationMillis, bytesUploaded, newDumps, payload,
                payloadBytes);
    }
}
