package io.github.camelanaplan.component.internal;

import java.util.concurrent.CompletableFuture;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.task.ActionKind;
import io.github.camelanaplan.client.transfer.UploadResult;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The {@code upload} and {@code download} operations: one Anaplan file, without running anything. An upload goes
 * through the model's queue (a file must not change while an import reads it); a download does not.
 */
public final class FileOperation implements OperationHandler {

    private final ProducerServices services;
    private final TaskRunner runner;
    private final boolean upload;

    public FileOperation(ProducerServices services, TaskRunner runner, boolean upload) {
        this.services = services;
        this.runner = runner;
        this.upload = upload;
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        AnaplanConfiguration configuration = services.configuration();
        String file = ExchangeParameters.require(exchange, AnaplanConstants.FILE, configuration.getFile(), "file",
                upload ? "file to upload into" : "file to download");
        CompletableFuture<ModelClient> model = CompletableFuture.supplyAsync(
                () -> ModelLocator.locate(exchange, configuration, services.client()), services.workers());
        return upload ? model.thenCompose(m -> upload(exchange, m, file)) : model.thenAcceptAsync(m -> download(exchange, m, file),
                services.workers());
    }

    private CompletableFuture<Void> upload(Exchange exchange, ModelClient model, String file) {
        return runner.inModelQueue(model, () -> {
            try {
                UploadResult result = Transfers.uploadBody(exchange, model, file);
                Message message = exchange.getMessage();
                TaskHeaders.writeModel(message, model);
                message.setHeader(AnaplanConstants.FILE_ID, result.fileId());
                message.setHeader(AnaplanConstants.BYTES_TRANSFERRED, result.bytesRead());
                message.setBody(result);
                return CompletableFuture.completedFuture(null);
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    private void download(Exchange exchange, ModelClient model, String file) {
        String trimmed = file.trim();
        // An export's output file carries the export's id and is addressed by it directly.
        String fileId = ActionKind.looksLikeActionId(trimmed) && trimmed.startsWith(ActionKind.EXPORT.idPrefix())
                ? trimmed : model.resolveFile(trimmed).id();
        try {
            Transfers.Delivery delivery = Transfers.deliver(exchange, model.download(fileId), services.configuration().getOutputPath());
            Message message = exchange.getMessage();
            TaskHeaders.writeModel(message, model);
            message.setHeader(AnaplanConstants.FILE_ID, fileId);
            if (delivery.bytes() >= 0) {
                message.setHeader(AnaplanConstants.BYTES_TRANSFERRED, delivery.bytes());
            }
            message.setBody(delivery.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot write the download of file " + fileId + ": " + e.getMessage(), e);
        }
    }
}
