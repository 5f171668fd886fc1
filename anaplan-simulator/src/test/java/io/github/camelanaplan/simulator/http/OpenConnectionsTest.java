package io.github.camelanaplan.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;
import java.net.Socket;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** {@link AnaplanSimulator#openConnections()} follows the client's sockets on both listeners. */
class OpenConnectionsTest {

    @Test
    void countsKeepAliveConnectionsUntilTheClientClosesThem() throws Exception {
        try (AnaplanSimulator sim = AnaplanSimulator.start(SimulatorConfig.defaults())) {
            assertThat(sim.openConnections()).isZero();
            try (Socket first = RawHttp.keptAlive(sim.port()); Socket second = RawHttp.keptAlive(sim.port())) {
                assertThat(sim.openConnections()).isEqualTo(2);
                first.close();
                awaitCount(sim::openConnections, 1);
            }
            awaitCount(sim::openConnections, 0);
        }
    }

    @Test
    void addsTheSeparateAuthListener() throws Exception {
        try (AnaplanSimulator sim = AnaplanSimulator.start(SimulatorConfig.builder().authPort(0).build())) {
            try (Socket api = RawHttp.keptAlive(sim.port()); Socket auth = RawHttp.keptAlive(sim.authPort())) {
                assertThat(sim.openConnections()).isEqualTo(2);
            }
            awaitCount(sim::openConnections, 0);
        }
    }

    private static void awaitCount(IntSupplier count, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (count.getAsInt() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(count.getAsInt()).isEqualTo(expected);
    }
}
