package io.github.camelanaplan.component.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.transactional.ListClient;
import io.github.camelanaplan.client.transactional.ListItemWrite;
import io.github.camelanaplan.client.transactional.ListWriteResult;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import io.github.camelanaplan.component.AnaplanItemFailuresException;
import io.github.camelanaplan.component.internal.TransactionalOptions.ListWriteMode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The {@code list-write} operation: the body's entries go to the client's batch pipeline as they are read, so the
 * body is consumed once and at most a few batches are in memory. The result's failures carry each rejected entry's
 * index in the body.
 */
public final class ListWriteOperation implements OperationHandler {

    private final ProducerServices services;
    private final EntryBodies bodies;

    public ListWriteOperation(ProducerServices services, EntryBodies bodies) {
        this.services = services;
        this.bodies = bodies;
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        AnaplanConfiguration configuration = services.configuration();
        String list = ExchangeParameters.require(exchange, AnaplanConstants.LIST, configuration.getList(), "list", "list");
        String modeHeader = exchange.getMessage().getHeader(AnaplanConstants.LIST_WRITE_MODE, String.class);
        ListWriteMode mode = modeHeader != null
                ? TransactionalOptions.parse(ListWriteMode.class, modeHeader, "header " + AnaplanConstants.LIST_WRITE_MODE)
                : TransactionalOptions.parse(ListWriteMode.class, configuration.getListWriteMode(), "option listWriteMode");
        return CompletableFuture.runAsync(() -> write(exchange, list, mode), services.workers());
    }

    private void write(Exchange exchange, String list, ListWriteMode mode) {
        AnaplanConfiguration configuration = services.configuration();
        ModelClient model = ModelLocator.locate(exchange, configuration, services.client());
        ListClient lists = model.transactional().lists().withOptions(TransactionalOptions.writeOptions(configuration));
        ListWriteResult result;
        try (ListItemEntries.CloseableIterator<ListItemWrite> items = bodies.listItems(exchange)) {
            result = switch (mode) {
                case ADD -> lists.add(list, items);
                case UPDATE -> lists.update(list, items);
                case UPSERT -> lists.upsert(list, items);
                case DELETE -> lists.delete(list, items);
            };
        } catch (IOException e) {
            throw new CompletionException("Closing the list-write body failed", e);
        }
        Message message = exchange.getMessage();
        TaskHeaders.writeModel(message, model);
        message.setBody(result);
        message.setHeader(AnaplanConstants.ITEMS_ADDED, result.added());
        message.setHeader(AnaplanConstants.ITEMS_UPDATED, result.updated());
        message.setHeader(AnaplanConstants.ITEMS_DELETED, result.deleted());
        message.setHeader(AnaplanConstants.ITEMS_IGNORED, result.ignored());
        message.setHeader(AnaplanConstants.ITEMS_FAILED, result.failures().size());
        if (configuration.isFailOnItemFailures() && !result.successful()) {
            String what = mode.name().toLowerCase(Locale.ROOT);
            throw new CompletionException(new AnaplanItemFailuresException("Anaplan rejected " + result.failures().size() + " of "
                    + result.total() + " entries of the " + what + " into list " + list + "; first: " + result.failures().get(0),
                    result, result.failures()));
        }
    }
}
