package io.github.camelanaplan.component;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import io.github.camelanaplan.client.transfer.UploadResult;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * upload and download, alone. Multi-chunk files use 1 MB chunks so a few MB travel in several parallel gzip chunks;
 * large files are generated and hashed as streams. The 200 MB round trip runs with {@code -Dlarge}.
 */
class FileTransferTest extends AnaplanTestSupport {

    private static final String UPLOAD = "anaplan:upload?file=sales.csv&chunkSize=1048576&" + DEMO_MODEL;
    private static final String DOWNLOAD = "anaplan:download?file=sales.csv&chunkSize=1048576&" + DEMO_MODEL;

    @TempDir
    Path temp;

    @TempDir
    static Path INBOX;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // The download stream is closed when the exchange completes, so the route hashes it while it is open.
                // Without stream caching (on by default, in memory) the route reads the component's own stream,
                // fetched chunk by chunk: the 200 MB round trip runs in a small heap.
                from("direct:downloadHash").streamCache("false").to(DOWNLOAD).process(e -> e.getMessage().setBody(
                        TestFiles.sha256(e.getMessage().getBody(InputStream.class))));
                from("direct:downloadBytes").to(DOWNLOAD).convertBodyTo(byte[].class);
                // A Camel file (GenericFile) is streamed from disk with its known length.
                from("file:" + inbox() + "?noop=true&initialDelay=0&delay=50").routeId("inbox").autoStartup(false)
                        .to(UPLOAD).to("mock:uploaded");
            }
        };
    }

    @Test
    void multiChunkBytesComeBackIdentical() {
        byte[] data = new byte[3 * 1024 * 1024 + 12345];
        new Random(7).nextBytes(data);

        Exchange upload = send(UPLOAD, data);
        assertThat(upload.getException()).isNull();
        UploadResult result = upload.getMessage().getBody(UploadResult.class);
        assertThat(result.chunkCount()).isEqualTo(4);
        assertThat(upload.getMessage().getHeader(AnaplanConstants.BYTES_TRANSFERRED, Long.class)).isEqualTo(data.length);
        assertThat(upload.getMessage().getHeader(AnaplanConstants.FILE_ID, String.class)).startsWith("113");

        byte[] downloaded = template.requestBody("direct:downloadBytes", null, byte[].class);
        assertThat(downloaded).isEqualTo(data);
    }

    @Test
    void stringAndFileBodiesUploadAndDownloadToAFile() throws Exception {
        String csv = "Product,Region,Month,Units,Price\nP001,NA,Jan 26,1,2\n";
        assertThat(send(UPLOAD, csv).getException()).isNull();
        Path target = temp.resolve("out/sales.csv");
        Exchange toFile = send(DOWNLOAD + "&outputPath=" + target, null);
        assertThat(toFile.getException()).isNull();
        assertThat(toFile.getMessage().getBody(File.class)).isEqualTo(target.toFile());
        assertThat(Files.readString(target)).isEqualTo(csv);
        assertThat(toFile.getMessage().getHeader(AnaplanConstants.BYTES_TRANSFERRED, Long.class)).isEqualTo(csv.length());

        Path source = TestFiles.writeCsvLike(temp.resolve("source.csv"), 2_500_000, 3);
        assertThat(send(UPLOAD, source.toFile()).getException()).isNull();
        assertThat(template.requestBody("direct:downloadHash", null, String.class)).isEqualTo(TestFiles.sha256(source));

        assertThat(send(UPLOAD, csv.getBytes(StandardCharsets.UTF_8)).getException()).isNull();
        assertThat(send(UPLOAD, Files.newInputStream(source)).getException()).isNull();
        assertThat(template.requestBody("direct:downloadHash", null, String.class)).isEqualTo(TestFiles.sha256(source));
    }

    @Test
    void aCamelFileFromAFileConsumerIsUploaded() throws Exception {
        Path source = TestFiles.writeCsvLike(inbox().resolve("in.csv"), 1_500_000, 11);
        MockEndpoint uploaded = getMockEndpoint("mock:uploaded");
        uploaded.expectedMessageCount(1);
        uploaded.expectedHeaderReceived(AnaplanConstants.BYTES_TRANSFERRED, 1_500_000L);
        context.getRouteController().startRoute("inbox");
        uploaded.assertIsSatisfied();
        assertThat(template.requestBody("direct:downloadHash", null, String.class)).isEqualTo(TestFiles.sha256(source));
    }

    private Path inbox() {
        return INBOX;
    }

    @Test
    void twentyMegabytesRoundTripByHash() throws Exception {
        roundTrip(20L * 1024 * 1024);
    }

    @Test
    @EnabledIfSystemProperty(named = "large", matches = ".*")
    void twoHundredMegabytesRoundTripByHash() throws Exception {
        roundTrip(200L * 1024 * 1024);
    }

    private void roundTrip(long size) throws Exception {
        Path source = TestFiles.writeCsvLike(temp.resolve("large.csv"), size, size);
        Exchange upload = send(UPLOAD, source);
        assertThat(upload.getException()).isNull();
        assertThat(upload.getMessage().getHeader(AnaplanConstants.BYTES_TRANSFERRED, Long.class)).isEqualTo(size);
        assertThat(upload.getMessage().getBody(UploadResult.class).chunkCount()).isEqualTo((int) ((size + 1048575) / 1048576));
        assertThat(template.requestBody("direct:downloadHash", null, String.class)).isEqualTo(TestFiles.sha256(source));
    }

    @Test
    void aMissingFileNamesTheOptionAndTheHeader() {
        Exchange exchange = send("anaplan:upload?" + DEMO_MODEL, "x");
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'file'").hasMessageContaining(AnaplanConstants.FILE);
    }

    @Test
    void theFileHeaderOverridesTheOption() {
        assertThat(send(UPLOAD, "Name,Code\nA,B\n", AnaplanConstants.FILE, "products.csv").getException()).isNull();
        Exchange download = send("anaplan:download?file=sales.csv&outputPath=" + temp.resolve("p.csv") + "&" + DEMO_MODEL, null,
                AnaplanConstants.FILE, "products.csv");
        assertThat(download.getException()).isNull();
        assertThat(download.getMessage().getBody(File.class)).hasContent("Name,Code\nA,B\n");
    }
}
