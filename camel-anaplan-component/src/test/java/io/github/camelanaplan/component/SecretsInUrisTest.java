package io.github.camelanaplan.component;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials written into endpoint URIs ({@code password=RAW(...)}): the component masks them everywhere it prints
 * an endpoint, and no secret reaches exceptions, headers, endpoint texts ({@code toString()}, the base URI), route
 * texts, the dev console or the health checks. Two places are Camel's, for every component, and hold the URI as
 * written: the endpoint's identity ({@code getEndpointUri()}, {@code getEndpointKey()}) and Camel core's TRACE
 * lines while it resolves an endpoint. Hence the advice to give secrets as component options
 * ({@code camel.component.anaplan.*}), which {@link SecretsTest} shows to leave no trace at all.
 */
class SecretsInUrisTest extends SecretsTestSupport {

    @Override
    String uriFor(Login login, String operationAndOptions) {
        String credentials = credentials(login).entrySet().stream().map(e -> e.getKey() + "=RAW(" + e.getValue() + ")")
                .collect(Collectors.joining("&"));
        return "anaplan:" + operationAndOptions + (operationAndOptions.contains("?") ? "&" : "?") + credentials;
    }

    @Test
    void onlyCamelsOwnUriTraceShowsSecretsWrittenIntoUris() throws Exception {
        List<Exchange> exchanges = runEveryRoute();
        List<String> secrets = secrets();
        for (String text : everythingButLogs(exchanges, false)) {
            assertThat(secrets).as("secrets in %s", text).noneMatch(text::contains);
        }
        List<String> leaking = logs.lines().stream().filter(line -> secrets.stream().anyMatch(line::contains)).toList();
        assertThat(leaking).as("Camel core prints the URIs as written while it resolves endpoints and routes")
                .isNotEmpty().allMatch(line -> line.startsWith("org.apache.camel."), "comes from Camel core")
                .allMatch(line -> line.endsWith(" [TRACE]") || line.endsWith(" [DEBUG]"), "is at TRACE or DEBUG");
        assertThat(logs.lines()).anyMatch(line -> line.startsWith("io.github.camelanaplan") && line.contains("anaplan://"));
    }

    /** The masked form is what the component prints wherever it names an endpoint. */
    @Test
    void endpointTextsMaskEverySecretOption() {
        String endpoints = context.getEndpoints().toString();
        assertThat(endpoints).contains("password=xxxxxx", "keyStorePassword=xxxxxx", "authToken=xxxxxx",
                "oauthRefreshToken=xxxxxx", "keyPassword=xxxxxx");
        assertThat(secrets()).noneMatch(endpoints::contains);
    }
}
