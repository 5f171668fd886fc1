package io.github.camelanaplan.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every thread the simulator starts carries its name, so that a client test in the same JVM can count its own
 * threads apart from the simulator's (the fault soak does), and none outlives {@code close()}.
 */
class SimulatorThreadNamesTest {

    @Test
    void serverThreadsAreNamedAfterTheSimulatorAndEndWithIt() throws Exception {
        Set<Long> before = liveThreadIds();
        AnaplanSimulator sim = AnaplanSimulator.start(SimulatorConfig.defaults());
        try (Socket connection = RawHttp.keptAlive(sim.port())) {
            // an open connection has its idle timeout scheduled, so Jetty's scheduler thread exists by now
            assertThat(newThreadNames(before)).isNotEmpty().allMatch(name -> name.startsWith("anaplan-simulator"));
        } finally {
            sim.close();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!newThreadNames(before).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(newThreadNames(before)).isEmpty();
    }

    private static Set<Long> liveThreadIds() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getId).collect(Collectors.toSet());
    }

    private static List<String> newThreadNames(Set<Long> before) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !before.contains(t.getId()))
                .map(Thread::getName).sorted().toList();
    }
}
