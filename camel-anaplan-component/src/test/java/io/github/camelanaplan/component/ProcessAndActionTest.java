package io.github.camelanaplan.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.github.camelanaplan.client.metadata.ListInfo;
import io.github.camelanaplan.client.task.TaskResult;
import io.github.camelanaplan.client.task.TaskStatus;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessAndActionTest extends AnaplanTestSupport {

    @TempDir
    Path temp;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:processWithDumpStreams")
                        .to("anaplan:process?action=Nightly Load&mappingParameters=Versions=Actual&dumpMode=HEADER&" + DEMO_MODEL)
                        .process(e -> {
                            Map<?, ?> dumps = e.getMessage().getHeader(AnaplanConstants.DUMPS, Map.class);
                            StringBuilder texts = new StringBuilder();
                            for (Object dump : dumps.values()) {
                                texts.append(new String(((InputStream) dump).readAllBytes(), StandardCharsets.UTF_8));
                            }
                            e.getMessage().setHeader("dumpTexts", texts.toString());
                        });
            }
        };
    }

    @Test
    void aProcessReportsOneNestedResultPerActionAndADumpPerFailingAction() throws Exception {
        String products = "Name,Code,Family,Category,Unit Price,Discontinued\nProduct 601,P601,HW,Premium,1,false\n"
                          + "Product 602,P602,ZZ,Premium,1,false\n";
        assertThat(send("anaplan:upload?file=products.csv&" + DEMO_MODEL, products).getException()).isNull();

        Exchange exchange = send("anaplan:process?action=Nightly Load&mappingParameters=Versions=Actual&dumpMode=FILE"
                                 + "&dumpDirectory=" + temp + "&" + DEMO_MODEL, null);
        assertThat(exchange.getException()).isNull();
        TaskStatus status = exchange.getMessage().getBody(TaskStatus.class);
        List<TaskResult> nested = status.result().nestedResults();
        assertThat(nested).hasSize(3);
        assertThat(nested.get(0).objectId()).startsWith("112");
        assertThat(nested.get(2).objectId()).startsWith("116");
        assertThat(nested.get(0).rowsFailed()).isEqualTo(1);

        @SuppressWarnings("unchecked")
        Map<String, String> dumps = exchange.getMessage().getHeader(AnaplanConstants.DUMP_FILES, Map.class);
        assertThat(dumps).containsOnlyKeys(nested.get(0).objectId());
        assertThat(Files.readString(Path.of(dumps.get(nested.get(0).objectId())))).contains("P602");
        assertThat(exchange.getMessage().getHeader(AnaplanConstants.ROWS_FAILED, Long.class)).isEqualTo(1);
    }

    @Test
    void processDumpsCanComeBackAsStreamsKeyedByAction() {
        String products = "Name,Code,Family,Category,Unit Price,Discontinued\nProduct 603,P603,QQ,Premium,1,false\n"
                          + "Product 604,P604,Hardware,Premium,1,false\n";
        assertThat(send("anaplan:upload?file=products.csv&" + DEMO_MODEL, products).getException()).isNull();
        Exchange exchange = template.send("direct:processWithDumpStreams", e -> {
        });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader("dumpTexts", String.class)).contains("P603").doesNotContain("P604");
    }

    @Test
    void aDeleteActionRuns() {
        Exchange exchange = send("anaplan:action?action=Delete discontinued products&" + DEMO_MODEL, null);
        assertThat(exchange.getException()).isNull();
        TaskStatus status = exchange.getMessage().getBody(TaskStatus.class);
        assertThat(status.isSuccessful()).isTrue();
        assertThat(exchange.getMessage().getHeader(AnaplanConstants.ACTION_ID, String.class)).startsWith("117");
        assertThat(exchange.getMessage().getHeader(AnaplanConstants.DUMP_AVAILABLE, Boolean.class)).isFalse();
    }

    @Test
    void oneEndpointRunsTwoActionsChosenByHeaders() {
        String uri = "anaplan:process?action=Nightly Load&mappingParameters=Versions=Actual&" + DEMO_MODEL;
        Exchange export = send(uri, null, AnaplanConstants.OPERATION, "export", AnaplanConstants.ACTION, "Products export");
        assertThat(export.getException()).isNull();
        assertThat(export.getMessage().getHeader(AnaplanConstants.ACTION_ID, String.class)).startsWith("116");

        Exchange delete = send(uri, null, AnaplanConstants.OPERATION, "action", AnaplanConstants.ACTION,
                "Delete discontinued products");
        assertThat(delete.getException()).isNull();
        assertThat(delete.getMessage().getHeader(AnaplanConstants.ACTION_ID, String.class)).startsWith("117");

        Exchange lists = send(uri, null, AnaplanConstants.OPERATION, "metadata", AnaplanConstants.METADATA_TYPE, "lists");
        assertThat(lists.getMessage().getBody(List.class)).first().isInstanceOf(ListInfo.class);
    }
}
