package io.github.camelanaplan.component;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelanaplan.client.task.TaskStatus;
import io.github.camelanaplan.client.transfer.ChunkedDownloadInputStream;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ExportTest extends AnaplanTestSupport {

    private static final String EXPORT = "anaplan:export?action=Products export&" + DEMO_MODEL;
    private static final String ROWS = """
            Product 501,P501,Hardware,Premium,12.5,false
            Product 502,P502,Services,Standard,49,true
            """;

    @TempDir
    Path temp;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:exportText").to(EXPORT).convertBodyTo(String.class);
                // Camel's stream caching (on by default) would copy the stream; without it the route reads the
                // component's own stream, fetched chunk by chunk.
                from("direct:exportStream").streamCache("false").to(EXPORT).process(e -> {
                    InputStream stream = e.getMessage().getBody(InputStream.class);
                    e.setProperty("stream", stream);
                    e.getMessage().setBody(new String(stream.readNBytes(10)));
                });
            }
        };
    }

    @Test
    void theExportIsStreamedBackWithWhatWasImported() {
        String header = "Name,Code,Family,Category,Unit Price,Discontinued\n";
        assertThat(send("anaplan:import?action=Products from products.csv&" + DEMO_MODEL, header + ROWS).getException()).isNull();

        Exchange exchange = send("direct:exportText", null);
        assertThat(exchange.getException()).isNull();
        String exported = exchange.getMessage().getBody(String.class);
        assertThat(exported.lines()).containsAll(ROWS.lines().toList());
        assertThat(exchange.getMessage().getHeader(AnaplanConstants.TASK_RESULT, TaskStatus.class).isSuccessful()).isTrue();
        assertThat(exchange.getMessage().getHeader(AnaplanConstants.ACTION_ID, String.class)).startsWith("116");
    }

    @Test
    void theStreamIsClosedWhenTheExchangeCompletes() {
        Exchange exchange = send("direct:exportStream", null);
        assertThat(exchange.getException()).isNull();
        InputStream stream = exchange.getProperty("stream", InputStream.class);
        assertThat(stream).isInstanceOf(ChunkedDownloadInputStream.class);
        assertThat(exchange.getMessage().getBody(String.class)).hasSize(10);
        org.assertj.core.api.Assertions.assertThatThrownBy(stream::read).hasMessageContaining("closed");
    }

    @Test
    void anExportCanBeWrittenToAFile() throws Exception {
        Path target = temp.resolve("exports/products.csv");
        Exchange exchange = send(EXPORT + "&outputPath=" + target, null);
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(File.class)).isEqualTo(target.toFile());
        assertThat(exchange.getMessage().getHeader(AnaplanConstants.BYTES_TRANSFERRED, Long.class)).isEqualTo(Files.size(target));
        assertThat(Files.readString(target)).contains("Product 001");
    }
}
