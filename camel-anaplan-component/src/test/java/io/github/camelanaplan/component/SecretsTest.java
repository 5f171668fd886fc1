package io.github.camelanaplan.component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials as component options (what {@code camel.component.anaplan.*} properties or a configured component bean
 * give), one component per kind of log-in: no password, token, refresh token, key store password or private key
 * appears in any log line with every logger at TRACE, in exceptions, headers, endpoint or route texts, the dev
 * console or the health checks.
 *
 * <p>HttpClient's traffic dumps ({@code org.apache.hc.client5.http.wire} and {@code .headers}) print the Authorization
 * header and request bodies as sent. The client cannot mask them, so it warns when they are on; the second test shows
 * they are then the only place a secret appears.
 */
class SecretsTest extends SecretsTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        for (Login login : Login.values()) {
            AnaplanComponent component = new AnaplanComponent();
            configure(component.getConfiguration());
            context.addComponent(componentName(login), component);
            // as camel.component.<name>.* properties are bound: through the component's generated configurer
            PropertyBindingSupport.build().withMandatory(true).withConfigurer(component.getComponentPropertyConfigurer())
                    .bind(context, component, new HashMap<>(credentials(login)));
        }
        return context;
    }

    @Override
    String uriFor(Login login, String operationAndOptions) {
        return componentName(login) + ":" + operationAndOptions;
    }

    private static String componentName(Login login) {
        return "anaplan-" + login.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Test
    void noSecretInLogsExceptionsEndpointsRoutesConsoleOrHealth() throws Exception {
        List<Exchange> exchanges = runEveryRoute();
        List<String> exposed = new ArrayList<>(logs.lines());
        exposed.addAll(everythingButLogs(exchanges, true));
        assertThat(logs.lines()).anyMatch(line -> line.contains("POST /token/authenticate"));
        for (String secret : secrets()) {
            assertThat(exposed).as("places where '%s' could leak", secret).noneMatch(text -> text.contains(secret));
        }
    }

    @Test
    void withHttpClientTrafficDumpsOnOnlyTheyShowSecretsAndTheClientWarnsAboutThem() throws Exception {
        logs.close();
        logs = CapturedLogs.installWithTrafficDumps();
        runEveryRoute();
        // clients are made when routes start; one made now sees the dumps switched on
        expectSuccess(send("anaplan:metadata?metadataType=workspaces&username=viewer@example.com&password=RAW("
                           + VIEWER_PASSWORD + ")", null));

        assertThat(logs.lines()).anyMatch(line -> line.contains("org.apache.hc.client5.http.headers is at DEBUG")
                                                  && line.contains("set it to WARN"));
        List<String> secrets = secrets();
        List<String> leaking = logs.lines().stream().filter(line -> secrets.stream().anyMatch(line::contains)).toList();
        assertThat(leaking).as("the traffic dumps do print secrets, which is why they must stay at WARN").isNotEmpty();
        assertThat(leaking).allMatch(SecretsTest::isHttpClientTrafficDumpOrCamelUriTrace,
                "comes from HttpClient's traffic dumps (or Camel's URI trace for the one URI with a password)");
    }

    /** The viewer's endpoint of the second test carries its password in the URI, which Camel core traces (see SecretsInUrisTest). */
    private static boolean isHttpClientTrafficDumpOrCamelUriTrace(String line) {
        return CapturedLogs.TRAFFIC_DUMPS.stream().anyMatch(line::startsWith)
               || line.startsWith("org.apache.camel.") && line.contains(VIEWER_PASSWORD);
    }
}
