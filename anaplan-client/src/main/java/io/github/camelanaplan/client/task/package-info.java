/**
 * Tasks: starting imports, exports, processes and other actions, reading and cancelling their tasks, and waiting for
 * them asynchronously ({@link io.github.camelanaplan.client.task.TaskPoller}) without blocking a thread.
 */
package io.github.camelanaplan.client.task;
