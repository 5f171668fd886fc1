package io.github.camelanaplan.client;

import io.github.camelanaplan.client.auth.OAuthRefreshTokenCredentials;
import io.github.camelanaplan.client.error.AnaplanAuthenticationException;
import io.github.camelanaplan.client.metadata.Workspace;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.github.camelanaplan.client.SimulatorClients.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OAuthRefreshTokenTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    @Test
    void aRotatedRefreshTokenIsHandedToTheListenerAndTheOldOneIsSpent(AnaplanSimulator simulator) {
        List<String> rotated = new CopyOnWriteArrayList<>();
        OAuthRefreshTokenCredentials credentials = new OAuthRefreshTokenCredentials("demo-oauth-client", null,
                "demo-refresh-token", rotated::add);
        assertThat(credentials.toString()).doesNotContain("demo-refresh-token");
        try (AnaplanClient client = create(simulator, credentials)) {
            assertThat(client.workspaces()).extracting(Workspace::name).contains(WORKSPACE);
        }
        assertThat(rotated).hasSize(1).doesNotContain("demo-refresh-token");

        try (AnaplanClient stale = create(simulator, new OAuthRefreshTokenCredentials("demo-oauth-client", null,
                "demo-refresh-token", null))) {
            assertThatThrownBy(stale::workspaces).isInstanceOf(AnaplanAuthenticationException.class)
                    .hasMessageNotContaining("demo-refresh-token");
        }
        try (AnaplanClient renewed = create(simulator, new OAuthRefreshTokenCredentials("demo-oauth-client", null,
                rotated.get(0), null))) {
            assertThat(renewed.workspaces()).extracting(Workspace::name).contains(WORKSPACE);
        }
    }

    @Test
    void aNonRotatingRefreshTokenKeepsWorking(AnaplanSimulator simulator) {
        List<String> rotated = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 2; i++) {
            try (AnaplanClient client = create(simulator, new OAuthRefreshTokenCredentials("demo-static-client",
                    null, "demo-static-refresh-token", rotated::add))) {
                assertThat(client.workspaces()).extracting(Workspace::name).contains(WORKSPACE);
            }
        }
        assertThat(rotated).isEmpty();
    }

    private static AnaplanClient create(AnaplanSimulator simulator, OAuthRefreshTokenCredentials credentials) {
        return AnaplanClient.create(SimulatorClients.config(simulator).credentials(credentials).build());
    }
}
