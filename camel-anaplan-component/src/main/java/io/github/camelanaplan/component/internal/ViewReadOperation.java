package io.github.camelanaplan.component.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.transactional.ViewClient;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import io.github.camelanaplan.component.internal.TransactionalOptions.LargeRead;
import io.github.camelanaplan.component.internal.TransactionalOptions.OutputFormat;
import org.apache.camel.Exchange;

/**
 * The {@code view-read} operation: the view's layout in a header and one page of its data as the body, or with
 * {@code largeRead=always} the whole view (every page) streamed from a large read request in {@code exportType}'s
 * layout. A view's cell count is not known up front, so {@code auto} reads one page directly.
 */
public final class ViewReadOperation implements OperationHandler {

    private final ProducerServices services;
    private final ReadBodies bodies;

    public ViewReadOperation(ProducerServices services, ReadBodies bodies) {
        this.services = services;
        this.bodies = bodies;
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        AnaplanConfiguration configuration = services.configuration();
        String view = ExchangeParameters.require(exchange, AnaplanConstants.VIEW, configuration.getView(), "view", "view");
        OutputFormat format = TransactionalOptions.parse(OutputFormat.class, configuration.getOutputFormat(), "option outputFormat");
        LargeRead largeRead = TransactionalOptions.parse(LargeRead.class, configuration.getLargeRead(), "option largeRead");
        Map<String, String> pageSelectors = PageSelectors.of(exchange, configuration.getPageSelectors());
        if (largeRead == LargeRead.ALWAYS && !pageSelectors.isEmpty()) {
            throw new IllegalArgumentException("Page selectors do not apply to a large view read (it reads every page);"
                                               + " remove them or set largeRead to auto or never");
        }
        return CompletableFuture.runAsync(() -> read(exchange, view, format, largeRead == LargeRead.ALWAYS, pageSelectors),
                services.workers());
    }

    private void read(Exchange exchange, String view, OutputFormat format, boolean large, Map<String, String> pageSelectors) {
        ModelClient model = ModelLocator.locate(exchange, services.configuration(), services.client());
        ViewClient views = model.transactional().views();
        exchange.getMessage().setHeader(AnaplanConstants.VIEW_METADATA, views.metadata(view));
        TaskHeaders.writeModel(exchange.getMessage(), model);
        exchange.getMessage().setHeader(AnaplanConstants.LARGE_READ, large);
        if (large) {
            String exportType = services.configuration().getExportType().trim().toUpperCase(Locale.ROOT);
            bodies.setCsv(exchange, views.readLarge(view, exportType), format);
        } else if (format == OutputFormat.CSV) {
            bodies.setCsv(exchange, views.readViewCsv(view, pageSelectors), format);
        } else {
            bodies.setRows(exchange, views.readView(view, pageSelectors), format);
        }
    }
}
