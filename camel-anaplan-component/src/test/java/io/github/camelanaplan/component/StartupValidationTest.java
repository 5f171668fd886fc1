package io.github.camelanaplan.component;

import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wrong options fail when the route starts, with the option named; no message is needed to find out. */
class StartupValidationTest {

    private static final String CONNECTION = "apiBaseUrl=http://127.0.0.1:1/2/0&authBaseUrl=http://127.0.0.1:1";
    private static final String CREDENTIALS = CONNECTION + "&username=u@example.com&password=RAW(pw)";

    @TempDir
    Path temp;

    @Test
    void anUnknownOperationListsTheValidOnes() {
        assertStartFails("anaplan:importt?" + CREDENTIALS, "Unknown Anaplan operation 'importt'",
                "import, export, process, action, upload, download, task-status, task-cancel, metadata");
    }

    @Test
    void chunkSizeOutsideOneToFiftyMegabytesIsNamed() {
        assertStartFails("anaplan:upload?chunkSize=1000&" + CREDENTIALS, "chunkSize must be between 1048576 (1 MB) and 52428800 (50 MB)");
        assertStartFails("anaplan:upload?chunksInFlight=0&" + CREDENTIALS, "chunksInFlight must be between 1 and 32");
    }

    @Test
    void credentialsMustBeExactlyOneKind() {
        assertStartFails("anaplan:import?" + CONNECTION, "No Anaplan credentials are configured", "username + password",
                "certificatePath + privateKeyPath", "oauthClientId + oauthRefreshToken", "authToken");
        assertStartFails("anaplan:import?authToken=RAW(t)&" + CREDENTIALS, "Several kinds of Anaplan credentials",
                "username + password and authToken");
        assertStartFails("anaplan:import?username=u@example.com&" + CONNECTION, "password is required together with username");
    }

    @Test
    void dumpModeFileNeedsADirectory() {
        assertStartFails("anaplan:import?dumpMode=FILE&" + CREDENTIALS, "dumpMode=FILE needs the dumpDirectory option");
        assertStartFails("anaplan:import?dumpMode=SOMETIMES&" + CREDENTIALS, "Invalid dumpMode 'SOMETIMES'", "NONE, HEADER, FILE");
    }

    @Test
    void metadataTypeAndContradictionsAreChecked() {
        assertStartFails("anaplan:metadata?metadataType=cubes&" + CREDENTIALS, "Invalid option metadataType 'cubes'", "workspaces");
        assertStartFails("anaplan:import?outputPath=" + temp.resolve("x") + "&" + CREDENTIALS,
                "outputPath applies to the export and download operations only");
        assertStartFails("anaplan:import?mappingParameters=Versions&" + CREDENTIALS, "Invalid mapping parameter 'Versions'");
        assertStartFails("anaplan:import?pollInitialDelay=500&pollMaxDelay=100&" + CREDENTIALS, "pollMaxDelay (100 ms) must be at least pollInitialDelay");
        assertStartFails("anaplan:import?proxyPort=8080&" + CREDENTIALS, "need proxyHost");
    }

    @Test
    void aMissingActionIsOnlyAnErrorWhenAMessageLacksIt() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(StartupAssertions.route("anaplan:import?" + CREDENTIALS));
            context.start();
            assertThat(context.getRouteController().getRouteStatus("probe").isStarted()).isTrue();
        }
    }

    @Test
    void consumingFromAProducerOperationNamesTheConsumerEndpointAndHidesSecrets() {
        assertThatThrownBy(() -> {
            try (CamelContext context = new DefaultCamelContext()) {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("anaplan:import?" + CREDENTIALS).to("log:x");
                    }
                });
                context.start();
            }
        }).rootCause().hasMessageContaining("anaplan:task-status?actions=").hasMessageNotContaining("pw");
    }

    private static void assertStartFails(String uri, String... messageParts) {
        StartupAssertions.assertStartFails(uri, messageParts);
    }
}
