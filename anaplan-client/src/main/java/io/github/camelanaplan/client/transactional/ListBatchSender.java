package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.client.error.AnaplanConnectionException;
import io.github.camelanaplan.client.error.AnaplanException;
import io.github.camelanaplan.client.error.AnaplanMalformedResponseException;
import io.github.camelanaplan.client.error.AnaplanServerException;
import io.github.camelanaplan.client.http.RetryMode;
import io.github.camelanaplan.client.http.Urls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends one batch of list-item writes. A request that fails ambiguously (5xx, connection lost after sending, body cut
 * off) is never blindly repeated:
 * <ul>
 *   <li>add: the list's keys are read again; entries now present count as added, only the missing ones are re-sent,
 *       and a {@code DUPLICATE} on a re-sent entry (applied meanwhile) counts as added too;</li>
 *   <li>update: re-sent as is (setting the same values twice has the same effect as once);</li>
 *   <li>delete: the list's keys are read again; entries whose item is gone count as deleted (this includes an entry
 *       that named a non-existent item: in an ambiguous batch it cannot be told apart), only entries whose item is
 *       still there are re-sent, and {@code ITEM_NOT_FOUND} on the re-send counts as deleted too.</li>
 * </ul>
 */
final class ListBatchSender {

    private static final Logger LOG = LoggerFactory.getLogger(ListBatchSender.class);
    private static final int MAX_RECONCILIATIONS = 3;

    private final ModelRequests requests;
    private final String listId;
    private final String label;
    private final KeyReader currentKeys;

    /** Reads the list's current keys; the ids only when asked, since only matching entries by id needs them. */
    @FunctionalInterface
    interface KeyReader {
        ListKeys read(boolean withIds);
    }

    ListBatchSender(ModelRequests requests, String listId, String label, KeyReader currentKeys) {
        this.requests = requests;
        this.listId = listId;
        this.label = label;
        this.currentKeys = currentKeys;
    }

    BatchOutcome send(ListOperation operation, List<ListItemWrite> items, long[] indexes) {
        return send(operation, items, indexes, 0, false);
    }

    private BatchOutcome send(ListOperation operation, List<ListItemWrite> items, long[] indexes, int round,
                              boolean resend) {
        JsonNode response;
        try {
            response = post(operation, items, indexes);
        } catch (AnaplanServerException | AnaplanConnectionException | AnaplanMalformedResponseException e) {
            if (round >= MAX_RECONCILIATIONS) {
                throw e;
            }
            LOG.warn("{} of {} entries ({}) failed ambiguously ({}); reconciling instead of re-sending blindly",
                    operation.verb(), items.size(), label, e.getClass().getSimpleName());
            return reconcile(operation, items, indexes, round + 1, e);
        }
        return outcome(operation, response, items.size(), indexes, resend);
    }

    private BatchOutcome reconcile(ListOperation operation, List<ListItemWrite> items, long[] indexes, int round,
                                   AnaplanException cause) {
        if (operation == ListOperation.UPDATE) {
            return send(operation, items, indexes, round, true);
        }
        boolean adding = operation == ListOperation.ADD;
        for (ListItemWrite item : items) {
            if (item.key() == null) {
                throw new AnaplanException("cannot reconcile " + operation.verb() + " on " + label + " after an ambiguous failure: "
                        + "an entry has neither code nor name, so whether it was applied cannot be checked", cause);
            }
        }
        ListKeys present = currentKeys.read(!adding);
        List<ListItemWrite> missing = new ArrayList<>();
        List<Long> missingIndexes = new ArrayList<>();
        long applied = 0;
        for (int i = 0; i < items.size(); i++) {
            boolean done = adding ? present.contains(items.get(i)) : !present.containsItem(items.get(i));
            if (done) {
                applied++;
            } else {
                missing.add(items.get(i));
                missingIndexes.add(indexes[i]);
            }
        }
        if (missing.isEmpty()) {
            return adding ? new BatchOutcome(applied, 0, 0, 0, items.size(), List.of())
                    : new BatchOutcome(0, 0, applied, 0, items.size(), List.of());
        }
        long[] rest = missingIndexes.stream().mapToLong(Long::longValue).toArray();
        BatchOutcome resent = send(operation, missing, rest, round, true);
        return adding
                ? new BatchOutcome(applied + resent.added(), 0, 0, resent.ignored(), items.size(), resent.failures())
                : new BatchOutcome(0, 0, applied + resent.deleted(), resent.ignored(), items.size(),
                        resent.failures());
    }

    private JsonNode post(ListOperation operation, List<ListItemWrite> items, long[] indexes) {
        String url = requests.url("lists", listId, "items");
        if (operation.action() != null) {
            url = Urls.withQuery(url, Map.of("action", operation.action()));
        }
        String operationText = operation.verb() + " " + items.size() + " items of " + label + " (input "
                + indexes[0] + ".." + indexes[indexes.length - 1] + ")";
        // STARTS_TASK: retried only when the server certainly did not act (429, 409/423, refused connection)
        return requests.send(operation.method(), url, Map.of("items", items), RetryMode.STARTS_TASK, operationText,
                "write access to the model");
    }

    private BatchOutcome outcome(ListOperation operation, JsonNode response, int sent, long[] indexes,
                                 boolean resend) {
        long count = response.path(operation.countField()).asLong();
        long ignored = response.path("ignored").asLong();
        List<ItemFailure> failures = new ArrayList<>();
        for (JsonNode failure : response.path("failures")) {
            int requestIndex = failure.path("requestIndex").asInt(-1);
            String type = failure.path("failureType").asText(null);
            if (resend && appliedEarlier(operation, type)) {
                count++;
                ignored--;
                continue;
            }
            long index = requestIndex >= 0 && requestIndex < indexes.length ? indexes[requestIndex] : -1;
            failures.add(new ItemFailure(index, type, failure.path("failureMessageDetails").asText(null)));
        }
        long total = response.path("total").asLong(sent);
        return switch (operation) {
            case ADD -> new BatchOutcome(count, 0, 0, ignored, total, failures);
            case UPDATE -> new BatchOutcome(0, count, 0, ignored, total, failures);
            case DELETE -> new BatchOutcome(0, 0, count, ignored, total, failures);
        };
    }

    /** A re-sent entry that the ambiguous first request already applied. */
    private static boolean appliedEarlier(ListOperation operation, String failureType) {
        return (operation == ListOperation.ADD && "DUPLICATE".equals(failureType))
                || (operation == ListOperation.DELETE && "ITEM_NOT_FOUND".equals(failureType));
    }
}
