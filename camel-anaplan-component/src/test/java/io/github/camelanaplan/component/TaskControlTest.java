package io.github.camelanaplan.component;

import io.github.camelanaplan.client.error.AnaplanTimeoutException;
import io.github.camelanaplan.client.task.TaskState;
import io.github.camelanaplan.client.task.TaskStatus;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskControlTest extends AnaplanTestSupport {

    private static final String PROCESS = "anaplan:process?action=Nightly Load&mappingParameters=Versions=Actual&" + DEMO_MODEL;

    @Test
    void aTaskStartedWithoutWaitingCanBeFollowedWithTaskStatus() throws Exception {
        Exchange started = send(PROCESS + "&waitForCompletion=false", null);
        assertThat(started.getException()).isNull();
        String taskId = started.getMessage().getHeader(AnaplanConstants.TASK_ID, String.class);
        assertThat(taskId).matches("[0-9A-F]{32}");
        assertThat(started.getMessage().getBody(TaskStatus.class).isTerminal()).isFalse();

        // The status endpoint knows nothing but the task id and the action id the start left behind.
        eventually(() -> {
            Exchange status = send("anaplan:task-status", null, AnaplanConstants.TASK_ID, taskId,
                    AnaplanConstants.ACTION_ID, started.getMessage().getHeader(AnaplanConstants.ACTION_ID),
                    AnaplanConstants.WORKSPACE_ID, started.getMessage().getHeader(AnaplanConstants.WORKSPACE_ID),
                    AnaplanConstants.MODEL_ID, started.getMessage().getHeader(AnaplanConstants.MODEL_ID));
            assertThat(status.getException()).isNull();
            assertThat(status.getMessage().getBody(TaskStatus.class).taskState()).isEqualTo(TaskState.COMPLETE);
            assertThat(status.getMessage().getHeader(AnaplanConstants.TASK_SUCCESSFUL, Boolean.class)).isTrue();
        });
    }

    @Test
    void aRunningTaskCanBeCancelledByNameOfItsAction() throws Exception {
        Exchange started = send(PROCESS + "&waitForCompletion=false", null,
                AnaplanConstants.WAIT_FOR_COMPLETION, false);
        String taskId = started.getMessage().getHeader(AnaplanConstants.TASK_ID, String.class);

        Exchange cancel = send("anaplan:task-cancel?action=Nightly Load&" + DEMO_MODEL, null, AnaplanConstants.TASK_ID, taskId);
        assertThat(cancel.getException()).isNull();
        assertThat(cancel.getMessage().getBody(TaskStatus.class).taskState()).isIn(TaskState.CANCELLING, TaskState.CANCELLED,
                TaskState.COMPLETE);

        eventually(() -> {
            Exchange status = send("anaplan:task-status?action=Nightly Load&" + DEMO_MODEL, null, AnaplanConstants.TASK_ID, taskId);
            assertThat(status.getMessage().getBody(TaskStatus.class).isTerminal()).isTrue();
        });
    }

    @Test
    void aTaskThatOutlivesTaskTimeoutFailsTheExchangeAndIsCancelledOnRequest() throws Exception {
        Exchange exchange = send("anaplan:export?action=Sales export&taskTimeout=100&cancelOnTimeout=true&" + DEMO_MODEL, null);
        assertThat(exchange.getException()).isInstanceOf(AnaplanTimeoutException.class)
                .hasMessageContaining("did not finish within").hasMessageContaining("cancellation was requested");
        assertThat(anaplan().getInFlightTasks().size()).isZero();
    }

    @Test
    void taskStatusWithoutATaskIdSaysWhichHeaderIsMissing() {
        Exchange exchange = send("anaplan:task-status?action=Nightly Load&" + DEMO_MODEL, null);
        assertThat(exchange.getException()).hasMessageContaining(AnaplanConstants.TASK_ID);
    }
}
