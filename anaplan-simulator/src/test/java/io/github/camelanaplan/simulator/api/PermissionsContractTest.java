package io.github.camelanaplan.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.TestHttp;
import io.github.camelanaplan.simulator.auth.AccessControl;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.User;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** READ_ONLY and NO_ACCESS roles, with Anaplan's 403 and masked 404 answers. */
class PermissionsContractTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.user("stranger@example.com:pw"))
            .build();

    private final TestHttp http = new TestHttp();

    private static Model model(AnaplanSimulator sim) {
        return sim.tenant().models().byName("Sales Planning").orElseThrow();
    }

    private HttpResponse<byte[]> get(AnaplanSimulator sim, String user, String password, String path) {
        return http.get(sim.apiBaseUrl() + path, http.authHeader(sim, user, password));
    }

    @Test
    void noAccessModelIsListedButEveryModelScopedReadIs404(AnaplanSimulator sim) {
        Model model = model(sim);
        String outsider = "outsider@example.com";

        assertThat(TestHttp.json(get(sim, outsider, "outsider-password", "/models")).get("models")).hasSize(1);
        assertThat(get(sim, outsider, "outsider-password", "/models/" + model.id()).statusCode()).isEqualTo(200);
        for (String suffix : new String[] {"/modules", "/views", "/lists", "/lineItems", "/imports", "/exports",
            "/processes", "/actions", "/files", "/imports/112000000001"}) {
            HttpResponse<byte[]> response = get(sim, outsider, "outsider-password", "/models/" + model.id() + suffix);
            assertThat(response.statusCode()).as(suffix).isEqualTo(404);
            assertThat(TestHttp.json(response).get("status").get("message").asText()).isEqualTo("Not Found");
        }
    }

    @Test
    void readOnlyMayReadButNotWrite(AnaplanSimulator sim) {
        Model model = model(sim);
        String base = sim.apiBaseUrl() + "/workspaces/" + model.workspaceId() + "/models/" + model.id();
        String[] auth = http.authHeader(sim, "viewer@example.com", "viewer-password");

        assertThat(http.get(base + "/files", auth).statusCode()).isEqualTo(200);
        assertThat(http.get(base + "/files/113000000001", auth).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> declare = http.postJson(base + "/files/113000000001", "{\"chunkCount\":1}", auth);
        HttpResponse<byte[]> put = http.send(TestHttp.request(base + "/files/113000000001/chunks/0", auth)
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build());

        assertThat(declare.statusCode()).isEqualTo(403);
        assertThat(TestHttp.json(declare).get("status").get("code").asInt()).isEqualTo(403);
        assertThat(put.statusCode()).isEqualTo(403);
    }

    @Test
    void workspaceDetailsAreForAdministrators(AnaplanSimulator sim) {
        String workspace = model(sim).workspaceId();

        assertThat(get(sim, "viewer@example.com", "viewer-password", "/workspaces/" + workspace).statusCode())
                .isEqualTo(404);
        assertThat(get(sim, "demo@example.com", "demo-password", "/workspaces/" + workspace).statusCode())
                .isEqualTo(200);
    }

    @Test
    void ungrantedUsersSeeNothing(AnaplanSimulator sim) {
        User nobody = sim.tenant().addUser(new User("0123456789abcdef0123456789abcdef", "nobody@example.com", "pw",
                "No", "Body"));
        Model model = model(sim);

        assertThat(TestHttp.json(get(sim, nobody.email(), "pw", "/models")).get("models")).isEmpty();
        assertThat(TestHttp.json(get(sim, nobody.email(), "pw", "/workspaces")).get("workspaces")).isEmpty();
        assertThat(get(sim, nobody.email(), "pw", "/models/" + model.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void extraConfigUsersHaveFullRights(AnaplanSimulator sim) {
        AccessControl access = sim.service(AccessControl.class).orElseThrow();
        User stranger = sim.tenant().userByEmail("stranger@example.com").orElseThrow();

        assertThat(access.canWrite(stranger, model(sim))).isTrue();
        assertThat(access.isWorkspaceAdmin(stranger, model(sim).workspaceId())).isTrue();
    }
}
