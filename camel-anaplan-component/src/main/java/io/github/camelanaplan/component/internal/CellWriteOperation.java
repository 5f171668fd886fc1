package io.github.camelanaplan.component.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.transactional.CellWriteResult;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import io.github.camelanaplan.component.AnaplanItemFailuresException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The {@code cell-write} operation: entries are converted as the client cuts them into requests of
 * {@code cellsPerRequest}; the results of all requests are summed into one {@link CellWriteResult}.
 */
public final class CellWriteOperation implements OperationHandler {

    private final ProducerServices services;
    private final EntryBodies bodies;

    public CellWriteOperation(ProducerServices services, EntryBodies bodies) {
        this.services = services;
        this.bodies = bodies;
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        String module = ExchangeParameters.require(exchange, AnaplanConstants.MODULE, services.configuration().getModule(),
                "module", "module");
        return CompletableFuture.runAsync(() -> write(exchange, module), services.workers());
    }

    private void write(Exchange exchange, String module) {
        AnaplanConfiguration configuration = services.configuration();
        ModelClient model = ModelLocator.locate(exchange, configuration, services.client());
        Iterator<?> maps = bodies.maps(exchange);
        CellWriteResult result;
        try {
            result = model.transactional().cells().withCellsPerRequest(configuration.getCellsPerRequest())
                    .writeCells(module, new CellEntries(maps));
        } finally {
            closeQuietly(maps);
        }
        Message message = exchange.getMessage();
        TaskHeaders.writeModel(message, model);
        message.setBody(result);
        message.setHeader(AnaplanConstants.CELLS_CHANGED, result.numberOfCellsChanged());
        message.setHeader(AnaplanConstants.ITEMS_FAILED, result.failures().size());
        if (configuration.isFailOnItemFailures() && !result.successful()) {
            throw new CompletionException(new AnaplanItemFailuresException("Anaplan rejected " + result.failures().size() + " of "
                    + result.cellsSent() + " cells written to module " + module + "; first: " + result.failures().get(0),
                    result, result.failures()));
        }
    }

    private static void closeQuietly(Iterator<?> maps) {
        if (maps instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // The JSON body was read to its end or failed already; nothing to add.
            }
        }
    }
}
