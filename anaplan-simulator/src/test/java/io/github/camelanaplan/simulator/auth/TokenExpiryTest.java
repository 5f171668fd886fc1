package io.github.camelanaplan.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Short token lifetimes, and a separate auth port. */
class TokenExpiryTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.tokenLifetime(Duration.ofSeconds(1)).authPort(0))
            .build();

    private final TestHttp http = new TestHttp();

    @Test
    void expiredTokensAre401(AnaplanSimulator sim) throws Exception {
        String token = http.login(sim, "demo@example.com", "demo-password");
        assertThat(http.get(sim.apiBaseUrl() + "/users/me", "Authorization", "AnaplanAuthToken " + token)
                .statusCode()).isEqualTo(200);

        Thread.sleep(1_200);

        assertThat(http.get(sim.apiBaseUrl() + "/users/me", "Authorization", "AnaplanAuthToken " + token)
                .statusCode()).isEqualTo(401);
        assertThat(http.send(TestHttp.request(sim.authBaseUrl() + "/token/refresh",
                "Authorization", "AnaplanAuthToken " + token).POST(HttpRequest.BodyPublishers.noBody()).build())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void authServiceLivesOnlyOnItsOwnPort(AnaplanSimulator sim) {
        assertThat(sim.authPort()).isNotEqualTo(sim.port());
        assertThat(http.send(TestHttp.request(sim.baseUrl() + "/token/authenticate",
                        "Authorization", TestHttp.basic("demo@example.com", "demo-password"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(404);
        assertThat(http.get(sim.authBaseUrl() + "/2/0/users/me").statusCode()).isEqualTo(404);
    }
}
