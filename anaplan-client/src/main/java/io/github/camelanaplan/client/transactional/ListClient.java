package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.PollSchedule;
import io.github.camelanaplan.client.http.RetryMode;
import io.github.camelanaplan.client.http.UnexpectedShapeException;
import io.github.camelanaplan.client.http.Urls;
import io.github.camelanaplan.client.metadata.ListInfo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

/**
 * List metadata, list items and list writes of one model. Lists are named by id or name. Thread-safe.
 */
public final class ListClient {

    /** Anaplan's limit for a plain list-items read; bigger lists need a large-volume read request. */
    static final long MAX_PLAIN_READ = 1_000_000;

    private final ModelClient model;
    private final ModelRequests requests;
    private final ExecutorService executor;
    private final PollSchedule polls;
    private final WriteOptions options;

    ListClient(ModelClient model, ModelRequests requests, ExecutorService executor, PollSchedule polls,
               WriteOptions options) {
        this.model = model;
        this.requests = requests;
        this.executor = executor;
        this.polls = polls;
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param value batch size and requests in flight for writes
     * @return a client writing with these options
     */
    public ListClient withOptions(WriteOptions value) {
        return new ListClient(model, requests, executor, polls, value);
    }

    /** @return the write options in force */
    public WriteOptions options() {
        return options;
    }

    /**
     * @param list list id or name
     * @return its definition
     */
    public ListMetadata metadata(String list) {
        ListInfo info = model.resolveList(list);
        JsonNode root = requests.getJson(requests.url("lists", info.id()), "read metadata of list " + label(info));
        JsonNode node = root.path("metadata");
        try {
            if (!node.isObject()) {
                throw new UnexpectedShapeException("response has no 'metadata' object");
            }
            return requests.json().bind(node, ListMetadata.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected list metadata of " + label(info), e);
        }
    }

    /**
     * Reads all items as JSON; for lists up to Anaplan's 1,000,000-item limit of this call. The whole answer is in
     * memory: use {@link #readItemsCsv} or {@link #readLarge} for big lists.
     *
     * @param list       list id or name
     * @param includeAll also read subsets and properties
     * @return the items in list order
     */
    public List<ListItem> readItems(String list, boolean includeAll) {
        ListInfo info = model.resolveList(list);
        JsonNode root = requests.getJson(itemsUrl(info, includeAll), "read items of list " + label(info));
        try {
            return requests.json().bindList(root.path("listItems"), ListItem.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected list items of " + label(info), e);
        }
    }

    /**
     * Reads all items as CSV (header {@code id,name,code,parent,parentId,listId,listName}, then with
     * {@code includeAll} one column per subset and property). The response is received whole before the stream is
     * returned (one request, retried as a whole on transient failures); lists over 1,000,000 items need
     * {@link #readLarge}.
     *
     * @param list       list id or name
     * @param includeAll also read subsets and properties
     * @return the CSV bytes
     */
    public InputStream readItemsCsv(String list, boolean includeAll) {
        ListInfo info = model.resolveList(list);
        return new ByteArrayInputStream(requests.getBytes(itemsUrl(info, includeAll), ModelRequests.CSV,
                "read items of list " + label(info) + " as CSV", null));
    }

    /**
     * Reads a list of any size through a large-volume read request, as one CSV stream (header once, then every item,
     * in order). Pages are downloaded as soon as Anaplan has produced them. The request is deleted when the stream
     * ends, fails or is closed: always close it. Needs the workspace administrator role.
     *
     * @param list list id or name
     * @return the CSV stream
     */
    public ReadRequestInputStream readLarge(String list) {
        ListInfo info = model.resolveList(list);
        return new ReadRequestInputStream(requests, requests.url("lists", info.id(), "readRequests"),
                "listReadRequest", null, polls, "list " + label(info));
    }

    /**
     * {@link #readLarge} parsed into rows: the first row is the header. Close it to delete the read request.
     *
     * @param list list id or name
     * @return the rows
     */
    public CsvRows readLargeRows(String list) {
        return new CsvRows(readLarge(list));
    }

    /**
     * Adds items in batches (see {@link WriteOptions}); the input is consumed lazily.
     *
     * @param list  list id or name
     * @param items entries
     * @return counts and per-entry failures (indexes into {@code items})
     * @throws ListWriteException when a whole request failed
     */
    public ListWriteResult add(String list, Iterator<ListItemWrite> items) {
        return write(ListOperation.ADD, model.resolveList(list), items);
    }

    /**
     * @param list  list id or name
     * @param items entries
     * @return as {@link #add(String, Iterator)}
     */
    public ListWriteResult add(String list, Stream<ListItemWrite> items) {
        return add(list, items.iterator());
    }

    /**
     * Updates items in batches; each entry names its item by exactly one of id, code, name.
     *
     * @param list  list id or name
     * @param items entries
     * @return counts and per-entry failures
     */
    public ListWriteResult update(String list, Iterator<ListItemWrite> items) {
        return write(ListOperation.UPDATE, model.resolveList(list), items);
    }

    /**
     * @param list  list id or name
     * @param items entries
     * @return as {@link #update(String, Iterator)}
     */
    public ListWriteResult update(String list, Stream<ListItemWrite> items) {
        return update(list, items.iterator());
    }

    /**
     * Deletes items in batches; each entry names its item by id, code or name (only the identifier is sent).
     *
     * @param list  list id or name
     * @param items entries
     * @return counts and per-entry failures
     */
    public ListWriteResult delete(String list, Iterator<ListItemWrite> items) {
        Iterator<ListItemWrite> identifiers = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public ListItemWrite next() {
                return items.next().identifierOnly();
            }
        };
        return write(ListOperation.DELETE, model.resolveList(list), identifiers);
    }

    /**
     * @param list  list id or name
     * @param items entries
     * @return as {@link #delete(String, Iterator)}
     */
    public ListWriteResult delete(String list, Stream<ListItemWrite> items) {
        return delete(list, items.iterator());
    }

    /**
     * Adds the entries whose key is not in the list and updates the others. The key is the entry's code, or its
     * name when it has no code. Cost: the list's current names and codes are read first (one CSV read, or a
     * large-volume read request above 1,000,000 items) and held as two hash sets (roughly 100 bytes per item), then
     * the input is streamed into separate add and update batches. Keys should be unique in the input: a repeated new
     * key is sent as a second add and reported as a {@code DUPLICATE} failure.
     *
     * @param list  list id or name
     * @param items entries
     * @return counts (added and updated) and per-entry failures
     */
    public ListWriteResult upsert(String list, Iterator<ListItemWrite> items) {
        ListInfo info = model.resolveList(list);
        ListKeys existing = keys(info, false);
        String label = "upsert into list " + label(info);
        BatchPipeline pipeline = new BatchPipeline(executor, options.batchesInFlight(), label);
        ListBatchSender sender = sender(info);
        PendingBatch adds = new PendingBatch(options.batchSize());
        PendingBatch updates = new PendingBatch(options.batchSize());
        long index = 0;
        while (pipeline.healthy() && items.hasNext()) {
            ListItemWrite item = Objects.requireNonNull(items.next(), "null entry at input index " + index);
            if (existing.contains(item)) {
                updates.add(item.asUpdateByKey(), index);
                if (updates.full()) {
                    submit(pipeline, sender, ListOperation.UPDATE, updates.drain());
                }
            } else {
                adds.add(item, index);
                if (adds.full()) {
                    submit(pipeline, sender, ListOperation.ADD, adds.drain());
                }
            }
            index++;
        }
        if (pipeline.healthy() && !adds.isEmpty()) {
            submit(pipeline, sender, ListOperation.ADD, adds.drain());
        }
        if (pipeline.healthy() && !updates.isEmpty()) {
            submit(pipeline, sender, ListOperation.UPDATE, updates.drain());
        }
        return pipeline.finish();
    }

    /**
     * @param list  list id or name
     * @param items entries
     * @return as {@link #upsert(String, Iterator)}
     */
    public ListWriteResult upsert(String list, Stream<ListItemWrite> items) {
        return upsert(list, items.iterator());
    }

    /**
     * Resets the item index of an empty list ({@code POST .../resetIndex}). Needs the workspace administrator role;
     * a list with items is refused with HTTP 400.
     *
     * @param list list id or name
     */
    public void resetIndex(String list) {
        ListInfo info = model.resolveList(list);
        requests.send("POST", requests.url("lists", info.id(), "resetIndex"), null, RetryMode.IDEMPOTENT,
                "reset the item index of list " + label(info), "the workspace administrator role");
    }

    private ListWriteResult write(ListOperation operation, ListInfo info, Iterator<ListItemWrite> items) {
        BatchPipeline pipeline = new BatchPipeline(executor, options.batchesInFlight(),
                operation.verb() + " items of list " + label(info));
        ListBatchSender sender = sender(info);
        PendingBatch batch = new PendingBatch(options.batchSize());
        long index = 0;
        while (pipeline.healthy() && items.hasNext()) {
            batch.add(Objects.requireNonNull(items.next(), "null entry at input index " + index), index);
            index++;
            if (batch.full()) {
                submit(pipeline, sender, operation, batch.drain());
            }
        }
        if (pipeline.healthy() && !batch.isEmpty()) {
            submit(pipeline, sender, operation, batch.drain());
        }
        return pipeline.finish();
    }

    private static void submit(BatchPipeline pipeline, ListBatchSender sender, ListOperation operation,
                               PendingBatch.Drained batch) {
        pipeline.submit(() -> sender.send(operation, batch.items(), batch.indexes()));
    }

    private ListBatchSender sender(ListInfo info) {
        return new ListBatchSender(requests, info.id(), "list " + label(info), withIds -> keys(info, withIds));
    }

    /** Reads the current names and codes of the list: plain CSV read, or a read request for very big lists. */
    ListKeys keys(ListInfo info, boolean withIds) {
        long count = metadata(info.id()).itemCount();
        InputStream csv = count > MAX_PLAIN_READ ? readLarge(info.id()) : readItemsCsv(info.id(), false);
        return ListKeys.fromCsv(csv, withIds);
    }

    private String itemsUrl(ListInfo info, boolean includeAll) {
        String url = requests.url("lists", info.id(), "items");
        return includeAll ? Urls.withQuery(url, Map.of("includeAll", "true")) : url;
    }

    private static String label(ListInfo info) {
        return "'" + info.name() + "' (" + info.id() + ")";
    }

    /** Entries collected for the next request, with their input indexes. */
    private static final class PendingBatch {
        private final int size;
        private List<ListItemWrite> items;
        private long[] indexes;

        PendingBatch(int size) {
            this.size = size;
            reset();
        }

        void add(ListItemWrite item, long index) {
            indexes[items.size()] = index;
            items.add(item);
        }

        boolean full() {
            return items.size() >= size;
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        Drained drain() {
            Drained drained = new Drained(List.copyOf(items), java.util.Arrays.copyOf(indexes, items.size()));
            reset();
            return drained;
        }

        private void reset() {
            items = new ArrayList<>(Math.min(size, 1024));
            indexes = new long[size];
        }

        record Drained(List<ListItemWrite> items, long[] indexes) {
        }
    }
}
