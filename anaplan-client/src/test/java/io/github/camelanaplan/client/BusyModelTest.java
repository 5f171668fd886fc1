package io.github.camelanaplan.client;

import io.github.camelanaplan.client.error.AnaplanModelBusyException;
import io.github.camelanaplan.client.metadata.FileInfo;
import io.github.camelanaplan.client.task.AnaplanTaskFailedException;
import io.github.camelanaplan.client.task.TaskParameters;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.tasks.BusyPolicy;
import io.github.camelanaplan.simulator.tasks.TaskControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static io.github.camelanaplan.client.SimulatorClients.MODEL;
import static io.github.camelanaplan.client.SimulatorClients.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator's own busy-model and task-failure behaviour, driven through its task control hooks. */
class BusyModelTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    private final RequestLog log = new RequestLog();
    private AnaplanSimulator simulator;
    private TaskControl tasks;
    private AnaplanClient client;
    private ModelClient model;

    @BeforeEach
    void setUp(AnaplanSimulator simulator) {
        this.simulator = simulator;
        this.tasks = simulator.service(TaskControl.class).orElseThrow();
        simulator.interceptors().add(log);
        client = SimulatorClients.demoClient(simulator);
        model = client.model(WORKSPACE, MODEL);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        tasks.holdModelBusy(model.modelId(), Duration.ZERO);
        tasks.awaitIdle(model.modelId(), Duration.ofSeconds(30));
        client.close();
        simulator.interceptors().remove(log);
    }

    @Test
    void a409FromABusyModelIsWaitedOutWithinTheBudget() {
        var original = tasks.settings();
        tasks.settings(original.withBusyPolicy(BusyPolicy.REJECT));
        try {
            model.invalidateNames();
            tasks.holdModelBusy(model.modelId(), Duration.ofMillis(800));
            long start = System.nanoTime();
            assertThat(model.files()).extracting(FileInfo::name).contains("sales.csv");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
            assertThat(log.countStatus(409)).isGreaterThanOrEqualTo(1);
        } finally {
            tasks.settings(original);
        }
    }

    @Test
    void aModelBusyLongerThanTheBudgetIsATypedFailure() {
        var original = tasks.settings();
        tasks.settings(original.withBusyPolicy(BusyPolicy.REJECT));
        RetryPolicy shortBudget = SimulatorClients.FAST_RETRIES.toBuilder().totalBudget(Duration.ofMillis(500))
                .build();
        try (AnaplanClient impatient = AnaplanClient.create(SimulatorClients.config(simulator)
                .retryPolicy(shortBudget).build())) {
            ModelClient busy = impatient.model(WORKSPACE, MODEL);
            tasks.holdModelBusy(model.modelId(), Duration.ofSeconds(5));
            assertThatThrownBy(busy::files).isInstanceOf(AnaplanModelBusyException.class)
                    .satisfies(e -> assertThat(((AnaplanModelBusyException) e).httpStatus()).isEqualTo(409));
        } finally {
            tasks.settings(original);
        }
    }

    @Test
    void anUnsuccessfulTaskFailsRunAndWaitWithItsResult() {
        tasks.failNextTask(model.modelId(), "Simulated failure for the test");
        assertThatThrownBy(() -> model.runAndWait("Products export", TaskParameters.DEFAULT, Duration.ofSeconds(30)))
                .isInstanceOf(AnaplanTaskFailedException.class)
                .hasMessageContaining("completed unsuccessfully")
                .satisfies(e -> {
                    AnaplanTaskFailedException failure = (AnaplanTaskFailedException) e;
                    assertThat(failure.result()).isNotNull();
                    assertThat(failure.result().isSuccessful()).isFalse();
                });
    }
}
