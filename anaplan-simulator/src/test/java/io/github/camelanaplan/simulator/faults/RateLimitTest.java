package io.github.camelanaplan.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The requests-per-minute limit: 429, the error envelope and Retry-After once a bucket is empty. */
class RateLimitTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    private final TestHttp http = new TestHttp();
    private AnaplanSimulator sim;
    private String[] demo;
    private String[] viewer;

    @BeforeEach
    void setUp(AnaplanSimulator simulator) {
        sim = simulator;
        demo = http.authHeader(sim, "demo@example.com", "demo-password");
        viewer = http.authHeader(sim, "viewer@example.com", "viewer-password");
    }

    @AfterEach
    void switchOff() {
        sim.faults().reset();
    }

    @Test
    void tenantLimitAnswers429WithRetryAfter() {
        sim.faults().rateLimit(RateLimit.perTenant(3));

        for (int i = 0; i < 3; i++) {
            assertThat(workspaces(i % 2 == 0 ? demo : viewer).statusCode()).isEqualTo(200);
        }
        HttpResponse<byte[]> limited = workspaces(viewer);

        assertThat(limited.statusCode()).isEqualTo(429);
        // Three per minute refill one request every 20 seconds, minus the little time the requests took.
        assertThat(limited.headers().firstValue("Retry-After").map(Integer::parseInt)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(15, 20));
        assertThat(TestHttp.json(limited).at("/status/code").asInt()).isEqualTo(429);
        assertThat(sim.faults().stats().faults(FaultKind.RATE_LIMITED)).isPositive();
    }

    @Test
    void userLimitKeepsABucketPerUser() {
        sim.faults().rateLimit(RateLimit.perUser(2));

        assertThat(workspaces(demo).statusCode()).isEqualTo(200);
        assertThat(workspaces(demo).statusCode()).isEqualTo(200);
        assertThat(workspaces(demo).statusCode()).isEqualTo(429);
        assertThat(workspaces(viewer).statusCode()).isEqualTo(200);
    }

    @Test
    void burstBoundsRequestsArrivingAtOnce() {
        // One per second sustained, one at once: the second request right after the first must wait.
        sim.faults().rateLimit(RateLimit.perTenant(60).withBurst(1));

        assertThat(workspaces(demo).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> limited = workspaces(demo);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void authenticationIsNotLimited() {
        sim.faults().rateLimit(RateLimit.perTenant(1));

        assertThat(workspaces(demo).statusCode()).isEqualTo(200);
        assertThat(http.login(sim, "demo@example.com", "demo-password")).isNotEmpty();
        assertThat(workspaces(demo).statusCode()).isEqualTo(429);
    }

    private HttpResponse<byte[]> workspaces(String[] auth) {
        return http.get(sim.apiBaseUrl() + "/workspaces", auth);
    }
}
