package io.github.camelanaplan.component;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.github.camelanaplan.client.error.AnaplanNameNotFoundException;
import io.github.camelanaplan.client.task.TaskState;
import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.simulator.faults.FaultSettings;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImportTest extends AnaplanTestSupport {

    private static final String PRODUCTS = "anaplan:import?action=Products from products.csv&" + DEMO_MODEL;
    /** Two good rows and one whose parent does not exist. */
    private static final String CSV = """
            Name,Code,Family,Category,Unit Price,Discontinued
            Product 401,P401,HW,Premium,12.5,false
            Product 402,P402,SW,Budget,7,false
            Product 403,P403,XX,Budget,3,false
            """;

    @TempDir
    Path temp;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // The dump is a stream cache tied to the exchange: read it inside the route.
                from("direct:importWithDump").to(PRODUCTS + "&dumpMode=HEADER")
                        .setHeader("dumpText", simple("${header.CamelAnaplanDump}", String.class));
            }
        };
    }

    @Test
    void aStringBodyIsImportedAndItsRejectedRowsComeBackInAHeader() {
        Exchange exchange = send("direct:importWithDump", CSV);
        assertThat(exchange.getException()).isNull();
        var message = exchange.getMessage();
        TaskStatus status = message.getBody(TaskStatus.class);
        assertThat(status.taskState()).isEqualTo(TaskState.COMPLETE);
        assertThat(message.getHeader(AnaplanConstants.TASK_RESULT)).isSameAs(status);
        assertThat(message.getHeader(AnaplanConstants.TASK_ID, String.class)).isEqualTo(status.taskId());
        assertThat(message.getHeader(AnaplanConstants.TASK_STATE, String.class)).isEqualTo("COMPLETE");
        assertThat(message.getHeader(AnaplanConstants.TASK_SUCCESSFUL, Boolean.class)).isTrue();
        assertThat(message.getHeader(AnaplanConstants.ROWS_PROCESSED, Long.class)).isEqualTo(3);
        assertThat(message.getHeader(AnaplanConstants.ROWS_SUCCESSFUL, Long.class)).isEqualTo(2);
        assertThat(message.getHeader(AnaplanConstants.ROWS_FAILED, Long.class)).isEqualTo(1);
        assertThat(message.getHeader(AnaplanConstants.DUMP_AVAILABLE, Boolean.class)).isTrue();
        assertThat(message.getHeader(AnaplanConstants.POLL_COUNT, Integer.class)).isPositive();
        assertThat(message.getHeader(AnaplanConstants.TASK_DURATION, Long.class)).isPositive();
        assertThat(message.getHeader(AnaplanConstants.BYTES_TRANSFERRED, Long.class))
                .isEqualTo(CSV.getBytes(StandardCharsets.UTF_8).length);
        assertThat(message.getHeader(AnaplanConstants.ACTION_ID, String.class)).startsWith("112");
        assertThat(message.getHeader("dumpText", String.class)).contains("P403").contains("Invalid parent")
                .doesNotContain("P401");
    }

    @Test
    void aByteArrayBodyWritesItsDumpToAFile() throws Exception {
        Exchange exchange = send(PRODUCTS + "&dumpMode=FILE&dumpDirectory=" + temp, CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(exchange.getException()).isNull();
        Path dump = Path.of(exchange.getMessage().getHeader(AnaplanConstants.DUMP_FILE, String.class));
        assertThat(dump).startsWith(temp).exists();
        assertThat(Files.readString(dump)).contains("P403").contains("Invalid parent");
    }

    @Test
    void aDumpThatCannotBeDownloadedFailsNeitherTheImportNorLeavesAFile() throws Exception {
        simulator().faults().settings(FaultSettings.builder().truncateResponseBody(1.0).cutAfterBytes(20)
                .pathFilter("/dump").build());
        try {
            Exchange exchange = send(PRODUCTS + "&dumpMode=FILE&dumpDirectory=" + temp, CSV);
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(AnaplanConstants.ROWS_FAILED, Long.class)).isEqualTo(1);
            assertThat(exchange.getMessage().getHeader(AnaplanConstants.DUMP_FILE)).isNull();
        } finally {
            simulator().faults().settings(FaultSettings.none());
        }
        try (var files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void failOnRowFailuresRaisesTheTypedExceptionWithTheResult() throws Exception {
        Path file = Files.writeString(temp.resolve("products.csv"), CSV);
        Exchange exchange = send(PRODUCTS + "&failOnRowFailures=true&dumpMode=HEADER", file.toFile());
        assertThat(exchange.getException()).isInstanceOf(AnaplanTaskFailedCamelException.class)
                .hasMessageContaining("Products from products.csv").hasMessageContaining("1 of 3 rows failed");
        AnaplanTaskFailedCamelException failure = exchange.getException(AnaplanTaskFailedCamelException.class);
        assertThat(failure.getTaskResult().rowsFailed()).isEqualTo(1);
        assertThat(failure.getTaskStatus().isSuccessful()).isTrue();
        assertThat(failure.getActionName()).isEqualTo("Products from products.csv");
        assertThat(failure.getHttpResponseCode()).isEqualTo(200);
        assertThat(exchange.getMessage().getHeader(AnaplanConstants.DUMP, InputStream.class)).isNotNull();
    }

    @Test
    void anImportThatRejectsEveryRowFailsUnlessToldOtherwise() {
        String allBad = "Name,Code,Family,Category,Unit Price,Discontinued\nProduct 404,P404,XX,Budget,1,false\n";
        Exchange failed = send(PRODUCTS, allBad);
        assertThat(failed.getException()).isInstanceOf(AnaplanTaskFailedCamelException.class)
                .hasMessageContaining("completed unsuccessfully");
        assertThat(failed.getMessage().getHeader(AnaplanConstants.TASK_SUCCESSFUL, Boolean.class)).isFalse();

        Exchange tolerated = send(PRODUCTS + "&failOnTaskFailure=false", allBad);
        assertThat(tolerated.getException()).isNull();
        assertThat(tolerated.getMessage().getBody(TaskStatus.class).isSuccessful()).isFalse();
    }

    @Test
    void mappingParametersComeFromTheOptionOrTheHeader() {
        String sales = "Product,Region,Month,Units,Price\nP001,NA,Jan 26,5,12.5\n";
        String uri = "anaplan:import?action=Sales from sales.csv&mappingParameters=Versions=Actual&" + DEMO_MODEL;
        Exchange byOption = send(uri, sales);
        assertThat(byOption.getException()).isNull();
        assertThat(byOption.getMessage().getHeader(AnaplanConstants.ROWS_SUCCESSFUL, Long.class)).isEqualTo(1);

        Exchange byHeader = send(uri, sales, AnaplanConstants.MAPPING_PARAMETERS, Map.of("Versions", "Forecast"));
        assertThat(byHeader.getException()).isNull();
        assertThat(byHeader.getMessage().getHeader(AnaplanConstants.ROWS_SUCCESSFUL, Long.class)).isEqualTo(1);
    }

    @Test
    void anUnknownImportFailsListingTheImportsThatExist() {
        Exchange exchange = send("anaplan:import?action=Products from product.csv&" + DEMO_MODEL, CSV);
        assertThat(exchange.getException()).isInstanceOf(AnaplanNameNotFoundException.class)
                .hasMessageContaining("'Products from product.csv'")
                .hasMessageContaining("'Products from products.csv', 'Sales from sales.csv'");
    }

    @Test
    void aMessageWithoutAnActionNamesTheOptionAndTheHeader() {
        Exchange exchange = send("anaplan:import?" + DEMO_MODEL, CSV);
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'action'").hasMessageContaining(AnaplanConstants.ACTION);
    }
}
