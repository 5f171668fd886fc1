package io.github.camelanaplan.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Added latency and the bandwidth cap, measured from the client. Only lower bounds are asserted: a loaded
 * machine makes everything slower, never faster than the simulated network allows.
 */
class NetworkProfileTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.module(TestRoutes.MODULE))
            .build();

    /** 40 Mbit/s is 5 MB/s: 3 MB take at least 0.6 s each way. */
    private static final long MEGABITS = 40;
    private static final int BYTES = 3_000_000;
    private static final Duration MINIMUM = Duration.ofMillis(BYTES * 8 / (MEGABITS * 1_000));

    private final TestHttp http = new TestHttp();
    private AnaplanSimulator sim;
    private String[] demo;

    @BeforeEach
    void setUp(AnaplanSimulator simulator) {
        sim = simulator;
        demo = http.authHeader(sim, "demo@example.com", "demo-password");
    }

    @AfterEach
    void switchOff() {
        sim.faults().reset();
    }

    @Test
    void latencyIsAddedToEveryRequest() {
        sim.faults().network(new NetworkProfile(Duration.ofMillis(150), 0));

        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.get(sim.apiBaseUrl() + "/workspaces", demo);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void uploadsAreCappedToTheBandwidth() {
        sim.faults().network(NetworkProfile.of(Duration.ZERO, MEGABITS));

        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(TestHttp.request(sim.apiBaseUrl() + "/test/sink", demo)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[BYTES])).build());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(TestHttp.json(response).get("bytes").asLong()).isEqualTo(BYTES);
        assertThat(elapsed).isGreaterThanOrEqualTo(MINIMUM);
    }

    @Test
    void downloadsAreCappedToTheBandwidth() {
        sim.faults().network(NetworkProfile.of(Duration.ZERO, MEGABITS));

        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.get(sim.apiBaseUrl() + "/test/source?bytes=" + BYTES, demo);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.body()).hasSize(BYTES);
        assertThat(elapsed).isGreaterThanOrEqualTo(MINIMUM);
    }

    @Test
    void theFarPresetIsTwentyMillisecondsAndTwoHundredMegabits() {
        sim.faults().network(NetworkProfile.FAR_FROM_DATA_CENTRE);

        long start = System.nanoTime();
        assertThat(http.get(sim.apiBaseUrl() + "/workspaces", demo).statusCode()).isEqualTo(200);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
        assertThat(sim.faults().network().bandwidthBitsPerSecond()).isEqualTo(200_000_000L);
    }
}
