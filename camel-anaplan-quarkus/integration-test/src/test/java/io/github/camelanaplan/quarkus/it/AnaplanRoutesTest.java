package io.github.camelanaplan.quarkus.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import io.github.camelanaplan.client.task.TaskState;
import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.component.AnaplanConstants;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(AnaplanSimulatorResource.class)
class AnaplanRoutesTest {

    private static final String CSV_HEADER = "Name,Code,Family,Category,Unit Price,Discontinued\n";

    @Inject
    ProducerTemplate template;

    @Test
    void anImportThroughTheRouteCompletesAndReportsItsRows() {
        // Two good rows and one whose parent family does not exist in the demo model.
        String csv = CSV_HEADER + """
                Product 701,P701,HW,Premium,12.5,false
                Product 702,P702,SW,Budget,7,false
                Product 703,P703,XX,Budget,3,false
                """;

        Exchange exchange = template.send("direct:import", e -> e.getMessage().setBody(csv));

        assertThat(exchange.getException()).isNull();
        Message message = exchange.getMessage();
        TaskStatus status = message.getBody(TaskStatus.class);
        assertThat(status.taskState()).isEqualTo(TaskState.COMPLETE);
        assertThat(message.getHeader(AnaplanConstants.TASK_ID, String.class)).isEqualTo(status.taskId());
        assertThat(message.getHeader(AnaplanConstants.TASK_STATE, String.class)).isEqualTo("COMPLETE");
        assertThat(message.getHeader(AnaplanConstants.TASK_SUCCESSFUL, Boolean.class)).isTrue();
        assertThat(message.getHeader(AnaplanConstants.ROWS_PROCESSED, Long.class)).isEqualTo(3);
        assertThat(message.getHeader(AnaplanConstants.ROWS_SUCCESSFUL, Long.class)).isEqualTo(2);
        assertThat(message.getHeader(AnaplanConstants.ROWS_FAILED, Long.class)).isEqualTo(1);
        // Anaplan import ids start with 112: the configured name was resolved to the import, not another action.
        assertThat(message.getHeader(AnaplanConstants.ACTION_ID, String.class)).startsWith("112");
    }

    @Test
    void anExportThroughTheRouteReturnsTheImportedRows() {
        String rows = """
                Product 801,P801,Hardware,Premium,12.5,false
                Product 802,P802,Services,Standard,49,true
                """;
        Exchange imported = template.send("direct:import", e -> e.getMessage().setBody(CSV_HEADER + rows));
        assertThat(imported.getException()).isNull();

        Exchange exchange = template.send("direct:export", e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class).lines()).containsAll(rows.lines().toList());
        assertThat(exchange.getMessage().getHeader(AnaplanConstants.TASK_SUCCESSFUL, Boolean.class)).isTrue();
    }

    @Test
    void theExtensionRegistersItsFeature() throws Exception {
        // The file handler appends across runs: the last startup line is the one of this run.
        List<String> featureLines = Files.readAllLines(Path.of("target/quarkus-test.log")).stream()
                .filter(line -> line.contains("Installed features: ["))
                .toList();
        assertThat(featureLines).isNotEmpty();
        assertThat(featureLines.get(featureLines.size() - 1)).containsPattern("[\\[ ]camel-anaplan[,\\]]");
    }
}
