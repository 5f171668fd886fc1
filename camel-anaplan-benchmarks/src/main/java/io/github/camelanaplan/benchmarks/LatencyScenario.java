package io.github.camelanaplan.benchmarks;

import io.github.camelanaplan.component.AnaplanConstants;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;
import io.github.camelanaplan.simulator.faults.NetworkProfile;
import io.github.camelanaplan.simulator.faults.RouteFamily;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.tasks.TaskControl;
import org.apache.camel.Exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * One task of a fixed length, run through the component as a route would, against a simulator of its own (so
 * several lengths can run at the same time without sharing a model queue or a network profile). The moment the
 * server finishes is watched in-process, every 2 ms, from the task engine's busy flag; the delay is the time from
 * there to the exchange's completion.
 *
 * @param taskLength how long the simulated task runs
 * @param profileName name of the network profile, for the table
 * @param profile     the network profile
 */
record LatencyScenario(Duration taskLength, String profileName, NetworkProfile profile) {

    /** What one run measured. */
    record Outcome(Duration taskLength, String profileName, double delaySeconds, int polls, long taskRequests) {
    }

    Outcome run(Path dataDirectory) throws Exception {
        Path data = Files.createTempDirectory(dataDirectory, "latency-");
        try (AnaplanSimulator sim = AnaplanSimulator.start(SimulatorConfig.builder()
                .user(ComponentSession.USER, ComponentSession.PASSWORD)
                .taskDuration(taskLength)
                .dataDirectory(data)
                .build())) {
            sim.faults().network(profile);
            Model model = sim.tenant().models().byName("Sales Planning").orElseThrow();
            TaskControl control = sim.service(TaskControl.class).orElseThrow();
            String uri = "anaplan:action?workspace=" + model.workspaceId() + "&model=" + model.id()
                    + "&action=Delete discontinued products";
            try (ComponentSession session = new ComponentSession(sim.apiBaseUrl(), sim.authBaseUrl(), c -> { })) {
                session.start();
                session.send("anaplan:metadata?metadataType=actions&workspace=" + model.workspaceId() + "&model="
                        + model.id(), null);
                long requestsBefore = sim.faults().stats().requests(RouteFamily.TASKS);
                ServerFinish finish = new ServerFinish(control, model.id());
                Exchange done = session.send(uri, null);
                long completed = System.nanoTime();
                finish.stop();
                Integer polls = done.getMessage().getHeader(AnaplanConstants.POLL_COUNT, Integer.class);
                long taskRequests = sim.faults().stats().requests(RouteFamily.TASKS) - requestsBefore;
                return new Outcome(taskLength, profileName, (completed - finish.finishedAt()) / 1e9,
                        polls == null ? -1 : polls, taskRequests);
            }
        }
    }

    static String label(Duration length) {
        return length.toMinutes() >= 1 && length.toSecondsPart() == 0 ? length.toMinutes() + " min"
                : String.format(Locale.ROOT, "%d s", length.toSeconds());
    }

    /** Watches the model's busy flag and remembers when it last went from busy to idle. */
    private static final class ServerFinish {
        private final Thread watcher;
        private volatile boolean running = true;
        private volatile long finishedAt = -1;

        ServerFinish(TaskControl control, String modelId) {
            watcher = new Thread(() -> {
                boolean wasBusy = false;
                while (running) {
                    boolean busy = control.isBusy(modelId);
                    if (wasBusy && !busy) {
                        finishedAt = System.nanoTime();
                    }
                    wasBusy = busy;
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "server-finish-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        void stop() throws InterruptedException {
            running = false;
            watcher.join();
        }

        long finishedAt() {
            if (finishedAt < 0) {
                throw new IllegalStateException("the task was never seen running on the server");
            }
            return finishedAt;
        }
    }
}
