package io.github.camelanaplan.client;

import io.github.camelanaplan.client.auth.BasicCredentials;
import io.github.camelanaplan.client.auth.StaticTokenCredentials;
import io.github.camelanaplan.client.error.AnaplanAuthenticationException;
import io.github.camelanaplan.client.metadata.Workspace;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.github.camelanaplan.client.SimulatorClients.DEMO_PASSWORD;
import static io.github.camelanaplan.client.SimulatorClients.DEMO_USER;
import static io.github.camelanaplan.client.SimulatorClients.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BasicAuthenticationTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    private final RequestLog log = new RequestLog();
    private AnaplanSimulator simulator;

    @BeforeEach
    void installLog(AnaplanSimulator simulator) {
        this.simulator = simulator;
        simulator.interceptors().add(log);
    }

    @AfterEach
    void removeLog() {
        simulator.interceptors().remove(log);
    }

    @Test
    void basicCredentialsLogInLazilyOnceAndLogOutOnClose() {
        try (AnaplanClient client = SimulatorClients.demoClient(simulator)) {
            assertThat(log.count("/token/authenticate")).isZero();
            List<Workspace> workspaces = client.workspaces();
            client.workspaces();
            assertThat(workspaces).extracting(Workspace::name).contains(WORKSPACE);
            assertThat(log.count("^POST /token/authenticate$")).isEqualTo(1);
        }
        assertThat(log.count("^POST /token/logout$")).isEqualTo(1);
    }

    @Test
    void wrongPasswordIsATypedFailureThatNeverShowsThePassword() {
        String wrong = "not-the-password-42";
        AnaplanClientConfig config = SimulatorClients.config(simulator)
                .credentials(new BasicCredentials(DEMO_USER, wrong)).build();
        try (AnaplanClient client = AnaplanClient.create(config)) {
            assertThatThrownBy(client::workspaces)
                    .isInstanceOf(AnaplanAuthenticationException.class)
                    .satisfies(e -> {
                        AnaplanAuthenticationException failure = (AnaplanAuthenticationException) e;
                        assertThat(failure.httpStatus()).isEqualTo(401);
                        assertThat(failure.path()).isEqualTo("/token/authenticate");
                        assertThat(failure.anaplanMessage()).isNotBlank();
                        assertThat(failure.getMessage()).doesNotContain(wrong);
                    });
        }
        assertThat(config.toString()).doesNotContain(wrong).contains(DEMO_USER);
    }

    @Test
    void aStaticTokenIsUsedAsIsAndFailsTypedOnceRevoked() throws Exception {
        String token = RawHttp.login(simulator.authBaseUrl(), DEMO_USER, DEMO_PASSWORD);
        AnaplanClientConfig config = SimulatorClients.config(simulator)
                .credentials(new StaticTokenCredentials(token)).build();
        assertThat(config.toString()).doesNotContain(token);
        try (AnaplanClient client = AnaplanClient.create(config)) {
            assertThat(client.workspaces()).extracting(Workspace::name).contains(WORKSPACE);
            assertThat(log.lastToken()).isEqualTo(token);
            assertThat(RawHttp.logout(simulator.authBaseUrl(), token)).isEqualTo(204);
            assertThatThrownBy(client::workspaces)
                    .isInstanceOf(AnaplanAuthenticationException.class)
                    .hasMessageNotContaining(token);
        }
        assertThat(log.count("^POST /token/logout$")).as("a static token belongs to its owner").isEqualTo(1);
    }

    @Test
    void concurrentRequestsThatSee401ShareOneReauthentication() throws Exception {
        try (AnaplanClient client = SimulatorClients.demoClient(simulator)) {
            client.workspaces();
            String first = log.lastToken();
            assertThat(RawHttp.logout(simulator.authBaseUrl(), first)).isEqualTo(204);
            long loginsBefore = log.count("^POST /token/authenticate$");

            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Callable<List<Workspace>>> calls = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    calls.add(client::workspaces);
                }
                for (Future<List<Workspace>> result : pool.invokeAll(calls)) {
                    assertThat(result.get()).extracting(Workspace::name).contains(WORKSPACE);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(log.count("^POST /token/authenticate$") - loginsBefore).isEqualTo(1);
            assertThat(log.lastToken()).isNotEqualTo(first);
        }
    }
}
