package io.github.camelanaplan.component.soak;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

import io.github.camelanaplan.component.AnaplanConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * One round trip as an application would route it: the body goes to {@code anaplan:import} (uploaded in 1 MB chunks,
 * then imported), then {@code anaplan:export} runs and its output stream is hashed while it is read, chunk by chunk.
 * The task ids of both steps are kept as exchange properties, to match them against the simulator's task starts.
 */
final class RoundTripRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:roundTrip";
    static final String IMPORT_TASK = "soakImportTaskId";
    static final String EXPORT_TASK = "soakExportTaskId";
    static final String ROWS_IMPORTED = "soakRowsImported";
    static final String ROWS_REJECTED = "soakRowsRejected";

    /** The export's output as the route received it. */
    record ExportDigest(String sha256, long bytes) {
    }

    @Override
    public void configure() {
        String model = "workspace=" + LedgerModel.WORKSPACE + "&model=" + LedgerModel.MODEL;
        from(ENDPOINT).routeId("soak-round-trip")
                .to("anaplan:import?" + model + "&action=" + LedgerModel.IMPORT + "&chunkSize=1048576")
                .setProperty(IMPORT_TASK, header(AnaplanConstants.TASK_ID))
                .setProperty(ROWS_IMPORTED, header(AnaplanConstants.ROWS_SUCCESSFUL))
                .setProperty(ROWS_REJECTED, header(AnaplanConstants.ROWS_FAILED))
                .setBody(constant(null))
                .to("anaplan:export?" + model + "&action=" + LedgerModel.EXPORT)
                .setProperty(EXPORT_TASK, header(AnaplanConstants.TASK_ID))
                .process(RoundTripRoute::digestBody);
    }

    private static void digestBody(Exchange exchange) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getMessage().getMandatoryBody(InputStream.class)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
                bytes += n;
            }
        } catch (IOException e) {
            throw new IOException("reading the export's output failed after " + bytes + " bytes", e);
        }
        exchange.getMessage().setBody(new ExportDigest(Hex.of(sha256.digest()), bytes));
    }
}
