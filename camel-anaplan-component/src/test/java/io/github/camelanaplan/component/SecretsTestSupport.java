package io.github.camelanaplan.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelanaplan.simulator.auth.Session;
import io.github.camelanaplan.simulator.auth.TokenService;
import io.github.camelanaplan.simulator.http.RequestInterceptor;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords and tokens never reach logs (everything at TRACE), exception messages, endpoint strings or the dev
 * console: neither those configured in the URIs nor any token the simulator issued during the run.
 */
class SecretsTest extends AnaplanTestSupport {

    private static final String WRONG_PASSWORD = "wrong-Pa55word-xyz";
    private static final String REFRESH_TOKEN = "demo-static-refresh-token";

    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final RequestInterceptor tokenRecorder = new RequestInterceptor() {
        @Override
        public int order() {
            return 0;
        }

        @Override
        public void intercept(io.github.camelanaplan.simulator.http.ApiRequest request,
                              io.github.camelanaplan.simulator.http.ApiResponse response, Chain chain) throws Exception {
            String authorization = request.header("Authorization");
            if (authorization != null && authorization.startsWith("AnaplanAuthToken ")) {
                issuedTokens.add(authorization.substring("AnaplanAuthToken ".length()).trim());
            }
            chain.proceed(request, response);
        }
    };
    private String staticToken;
    private CapturedLogs logs;

    @BeforeEach
    void recordTokens() {
        simulator().interceptors().add(tokenRecorder);
    }

    @AfterEach
    void stopRecording() {
        simulator().interceptors().remove(tokenRecorder);
        if (logs != null) {
            logs.close();
        }
    }

    @Override
    protected void configure(AnaplanConfiguration configuration) {
        configuration.setApiBaseUrl(simulator().apiBaseUrl());
        configuration.setAuthBaseUrl(simulator().authBaseUrl());
        configuration.setOauthBaseUrl(simulator().authBaseUrl());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        TokenService tokens = simulator().service(TokenService.class).orElseThrow();
        Session session = tokens.issue(simulator().tenant().userByEmail(DEMO_USER).orElseThrow(), Session.Origin.BASIC);
        staticToken = session.tokenValue();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:password").to("anaplan:metadata?metadataType=imports&username=" + DEMO_USER
                                           + "&password=RAW(" + DEMO_PASSWORD + ")&" + DEMO_MODEL);
                from("direct:wrongPassword").to("anaplan:metadata?metadataType=imports&username=" + DEMO_USER
                                                + "&password=RAW(" + WRONG_PASSWORD + ")&" + DEMO_MODEL);
                from("direct:token").to("anaplan:upload?file=sales.csv&authToken=RAW(" + staticToken + ")&" + DEMO_MODEL);
                from("direct:oauth").to("anaplan:metadata?metadataType=workspaces&oauthClientId=demo-static-client"
                                        + "&oauthRefreshToken=RAW(" + REFRESH_TOKEN + ")");
                from("direct:unknownImport").to("anaplan:import?action=Nope&username=" + DEMO_USER
                                                + "&password=RAW(" + DEMO_PASSWORD + ")&" + DEMO_MODEL);
            }
        };
    }

    @Test
    void noSecretInLogsExceptionsEndpointsOrConsole() throws Exception {
        logs = CapturedLogs.install();
        List<Exchange> exchanges = new ArrayList<>();
        exchanges.add(send("direct:password", null));
        exchanges.add(send("direct:wrongPassword", null));
        exchanges.add(send("direct:token", "Product,Region\nP001,NA\n"));
        exchanges.add(send("direct:oauth", null));
        exchanges.add(send("direct:unknownImport", "a,b\n"));

        assertThat(exchanges.get(0).getException()).isNull();
        assertThat(exchanges.get(1).getException()).isNotNull();
        assertThat(exchanges.get(2).getException()).isNull();
        assertThat(exchanges.get(3).getException()).isNull();
        assertThat(exchanges.get(4).getException()).hasMessageContaining("Nope");
        assertThat(issuedTokens).isNotEmpty();
        assertThat(logs.lines()).anyMatch(line -> line.contains("POST /token/authenticate"));

        List<String> secrets = new ArrayList<>(List.of(DEMO_PASSWORD, WRONG_PASSWORD, REFRESH_TOKEN, staticToken));
        secrets.addAll(issuedTokens);

        List<String> exposed = new ArrayList<>(logs.lines());
        for (Exchange exchange : exchanges) {
            for (Throwable t = exchange.getException(); t != null; t = t.getCause()) {
                exposed.add(String.valueOf(t));
            }
        }
        for (Endpoint endpoint : context.getEndpoints()) {
            exposed.add(endpoint.toString());
            exposed.add(endpoint.getEndpointBaseUri());
        }
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("anaplan");
        exposed.add(String.valueOf(console.call(DevConsole.MediaType.TEXT, Map.of())));
        exposed.add(String.valueOf(console.call(DevConsole.MediaType.JSON, Map.of())));

        for (String secret : secrets) {
            assertThat(exposed).as("places where '%s' could leak", secret).noneMatch(text -> text.contains(secret));
        }
    }
}
