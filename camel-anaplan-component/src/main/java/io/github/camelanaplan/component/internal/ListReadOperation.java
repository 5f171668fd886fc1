package io.github.camelanaplan.component.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.transactional.ListClient;
import io.github.camelanaplan.client.transactional.ListItem;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import io.github.camelanaplan.component.internal.TransactionalOptions.LargeRead;
import io.github.camelanaplan.component.internal.TransactionalOptions.OutputFormat;
import org.apache.camel.Exchange;

/**
 * The {@code list-read} operation. Lists up to Anaplan's 1,000,000-item limit are read in one call; bigger ones (or
 * any list with {@code largeRead=always}) through a large read request whose pages stream into a CSV body. A large
 * read is turned into a {@code List} only when the user asked for it with {@code largeRead=always}: with
 * {@code auto} a huge list would otherwise end up in memory unannounced.
 */
public final class ListReadOperation implements OperationHandler {

    /** Anaplan's limit for the plain list-items read. */
    static final long DIRECT_READ_LIMIT = 1_000_000;

    private final ProducerServices services;
    private final ReadBodies bodies;

    public ListReadOperation(ProducerServices services, ReadBodies bodies) {
        this.services = services;
        this.bodies = bodies;
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        AnaplanConfiguration configuration = services.configuration();
        String list = ExchangeParameters.require(exchange, AnaplanConstants.LIST, configuration.getList(), "list", "list");
        OutputFormat format = TransactionalOptions.parse(OutputFormat.class, configuration.getOutputFormat(), "option outputFormat");
        LargeRead largeRead = TransactionalOptions.parse(LargeRead.class, configuration.getLargeRead(), "option largeRead");
        return CompletableFuture.runAsync(() -> read(exchange, list, format, largeRead), services.workers());
    }

    private void read(Exchange exchange, String list, OutputFormat format, LargeRead largeRead) {
        ModelClient model = ModelLocator.locate(exchange, services.configuration(), services.client());
        ListClient lists = model.transactional().lists();
        boolean large = switch (largeRead) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> lists.metadata(list).itemCount() > DIRECT_READ_LIMIT;
        };
        if (large && largeRead == LargeRead.AUTO && format != OutputFormat.CSV) {
            throw new IllegalArgumentException("List " + list + " holds more than " + DIRECT_READ_LIMIT + " items: read it with"
                                               + " outputFormat=csv (streamed), or set largeRead=always to collect it in memory as "
                                               + format.name().toLowerCase(Locale.ROOT));
        }
        TaskHeaders.writeModel(exchange.getMessage(), model);
        exchange.getMessage().setHeader(AnaplanConstants.LARGE_READ, large);
        if (large) {
            bodies.setCsv(exchange, lists.readLarge(list), format);
        } else if (format == OutputFormat.CSV) {
            bodies.setCsv(exchange, lists.readItemsCsv(list, true), format);
        } else {
            bodies.setRows(exchange, toMaps(lists.readItems(list, true)), format);
        }
    }

    /** The same keys a list-write body takes, so a read can be edited and written back. */
    private static List<Map<String, Object>> toMaps(List<ListItem> items) {
        List<Map<String, Object>> rows = new ArrayList<>(items.size());
        for (ListItem item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", item.id());
            row.put("name", item.name());
            putIfSet(row, "code", item.code());
            putIfSet(row, "parent", item.parent());
            putIfSet(row, "parentId", item.parentId());
            putIfSet(row, "listId", item.listId());
            putIfSet(row, "listName", item.listName());
            putIfSet(row, "properties", item.properties());
            putIfSet(row, "subsets", item.subsets());
            rows.add(row);
        }
        return rows;
    }

    private static void putIfSet(Map<String, Object> row, String key, Object value) {
        if (value != null) {
            row.put(key, value);
        }
    }
}
