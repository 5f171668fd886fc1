package io.github.camelanaplan.component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelanaplan.client.task.TaskStatus;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskConsumerTest extends TaskConsumerTestSupport {

    private final Queue<Message> received = new ConcurrentLinkedQueue<>();

    @TempDir
    Path temp;

    private void consume(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("tasks").process(e -> received.add(e.getMessage().copy()));
            }
        });
    }

    private List<String> receivedIds() {
        List<String> ids = new ArrayList<>();
        received.forEach(m -> ids.add(m.getHeader(AnaplanConstants.TASK_ID, String.class)));
        return ids;
    }

    private Message receivedFor(String taskId) {
        return received.stream().filter(m -> taskId.equals(m.getHeader(AnaplanConstants.TASK_ID))).findFirst().orElseThrow();
    }

    @Test
    void eachFinishedTaskOfTheWatchedActionsIsEmittedOnceWithItsResult() throws Exception {
        consume(TASKS + "&actions=" + PRODUCTS_IMPORT + ",Nightly Load");
        String first = runImport(IMPORT);
        String second = runImport(IMPORT);
        Exchange process = template.send(PROCESS, e -> e.getMessage().setBody(null));
        assertThat(process.getException()).isNull();
        String processTask = process.getMessage().getHeader(AnaplanConstants.TASK_ID, String.class);

        eventually(() -> assertThat(receivedIds()).contains(first, second, processTask));
        severalPolls();
        List<String> ids = receivedIds();
        assertThat(ids).containsExactlyInAnyOrder(first, second, processTask);

        Message imported = receivedFor(first);
        assertThat(imported.getBody()).isInstanceOf(TaskStatus.class);
        assertThat(imported.getHeader(AnaplanConstants.TASK_RESULT)).isSameAs(imported.getBody());
        assertThat(imported.getHeader(AnaplanConstants.TASK_STATE)).isEqualTo("COMPLETE");
        assertThat(imported.getHeader(AnaplanConstants.TASK_SUCCESSFUL, Boolean.class)).isTrue();
        assertThat(imported.getHeader(AnaplanConstants.ROWS_PROCESSED, Long.class)).isEqualTo(2);
        assertThat(imported.getHeader(AnaplanConstants.ROWS_FAILED, Long.class)).isEqualTo(1);
        assertThat(imported.getHeader(AnaplanConstants.DUMP_AVAILABLE, Boolean.class)).isTrue();
        assertThat(imported.getHeader(AnaplanConstants.ACTION_NAME)).isEqualTo(PRODUCTS_IMPORT);
        assertThat(imported.getHeader(AnaplanConstants.ACTION_KIND)).isEqualTo("IMPORT");
        assertThat(imported.getHeader(AnaplanConstants.ACTION_ID, String.class)).startsWith("112");
        assertThat(imported.getHeader(AnaplanConstants.MODEL_ID, String.class)).isNotBlank();

        Message processed = receivedFor(processTask);
        assertThat(processed.getHeader(AnaplanConstants.ACTION_NAME)).isEqualTo("Nightly Load");
        assertThat(processed.getHeader(AnaplanConstants.ACTION_ID, String.class)).startsWith("118");
        assertThat(processed.getBody(TaskStatus.class).result().nestedResults()).isNotEmpty();
    }

    @Test
    void tasksStartedByAnotherUserAreEmittedToo() throws Exception {
        consume(TASKS + "&actions=" + PRODUCTS_IMPORT);
        String theirs = runImport(OTHER_IMPORT);
        eventually(() -> assertThat(receivedIds()).containsExactly(theirs));
        assertThat(receivedFor(theirs).getHeader(AnaplanConstants.TASK_SUCCESSFUL, Boolean.class)).isTrue();
    }

    @Test
    void theBodyCanBeTheFailureDump() throws Exception {
        List<String> dumps = new ArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the dump is a stream cache that lives as long as the exchange: read it in the route
                from(TASKS + "&actions=" + PRODUCTS_IMPORT + "&consumerBody=dump").process(e -> dumps.add(e.getMessage()
                        .getBody(String.class)));
            }
        });
        runImport(IMPORT);
        eventually(() -> assertThat(dumps).hasSize(1));
        assertThat(dumps.get(0)).contains("P702").doesNotContain("P701");
    }

    @Test
    void theBodyCanBeTheExportOutput() throws Exception {
        List<String> outputs = new ArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(TASKS + "&actions=Products export&consumerBody=output").process(e -> outputs.add(e.getMessage()
                        .getBody(String.class)));
            }
        });
        Exchange export = template.send("anaplan:export?action=Products export&outputPath=" + temp.resolve("out.csv") + "&" + AnaplanTestSupport.DEMO_MODEL,
                e -> e.getMessage().setBody(null));
        assertThat(export.getException()).isNull();
        eventually(() -> assertThat(outputs).hasSize(1));
        assertThat(outputs.get(0)).contains("Product 001");
    }

    @Test
    void tasksFinishedBeforeTheStartAreSkippedUnlessAskedFor() throws Exception {
        String before = runImport(IMPORT);
        Queue<String> skipping = queue();
        Queue<String> catchingUp = queue();
        String uri = TASKS + "&actions=" + PRODUCTS_IMPORT;
        var withoutExisting = startApplication(uri, skipping, null);
        var withExisting = startApplication(uri + "&emitExistingTasks=true", catchingUp, null);
        try {
            eventually(() -> assertThat(catchingUp).contains(before));
            String after = runImport(IMPORT);
            eventually(() -> assertThat(skipping).contains(after));
            eventually(() -> assertThat(catchingUp).contains(after));
            assertThat(skipping).containsExactly(after);
        } finally {
            withoutExisting.stop();
            withExisting.stop();
        }
    }

    @Test
    void maxMessagesPerPollSpreadsABacklogOverSeveralPolls() throws Exception {
        List<String> backlog = List.of(runImport(IMPORT), runImport(IMPORT), runImport(IMPORT));
        Queue<Integer> batchSizes = new ConcurrentLinkedQueue<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(TASKS + "&actions=" + PRODUCTS_IMPORT + "&emitExistingTasks=true&maxMessagesPerPoll=1")
                        .process(e -> {
                            batchSizes.add(e.getProperty(Exchange.BATCH_SIZE, Integer.class));
                            received.add(e.getMessage().copy());
                        });
            }
        });
        eventually(() -> assertThat(receivedIds()).containsAll(backlog));
        // Oldest first, one per poll (earlier tests' tasks of the shared simulator come too: emitExistingTasks).
        assertThat(receivedIds().stream().filter(backlog::contains)).containsExactlyElementsOf(backlog);
        assertThat(batchSizes).containsOnly(1);
    }

    @Test
    void aFailedExchangeIsEmittedAgainOnTheNextPoll() throws Exception {
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        Queue<String> delivered = queue();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(TASKS + "&actions=" + PRODUCTS_IMPORT).process(e -> {
                    String id = e.getMessage().getHeader(AnaplanConstants.TASK_ID, String.class);
                    if (attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet() == 1) {
                        throw new IllegalStateException("downstream is down");
                    }
                    delivered.add(id);
                });
            }
        });
        String task = runImport(IMPORT);
        eventually(() -> assertThat(delivered).containsExactly(task));
        severalPolls();
        assertThat(attempts.get(task)).hasValue(2);
        assertThat(delivered).containsExactly(task);
    }

    @Test
    void theConsumerNeedsAModelAndActionsAndNamesThatExist() {
        assertThatThrownBy(() -> consume("anaplan:task-status?actions=" + PRODUCTS_IMPORT))
                .hasStackTraceContaining("'model' option");
        assertThatThrownBy(() -> consume(TASKS)).hasStackTraceContaining("'actions' option");
        assertThatThrownBy(() -> consume(TASKS + "&actions=No such import"))
                .hasStackTraceContaining("No such import").hasStackTraceContaining(PRODUCTS_IMPORT);
        assertThatThrownBy(() -> consume("anaplan:import?actions=" + PRODUCTS_IMPORT + "&" + AnaplanTestSupport.DEMO_MODEL))
                .hasStackTraceContaining("anaplan:task-status");
    }

    @Test
    void pollsEveryTenSecondsUnlessToldOtherwise() {
        String uri = "anaplan:task-status?actions=" + PRODUCTS_IMPORT + "&" + AnaplanTestSupport.DEMO_MODEL;
        assertThat(context.getEndpoint(uri, AnaplanEndpoint.class).getDelay()).isEqualTo(10_000);
        assertThat(context.getEndpoint(uri + "&delay=250", AnaplanEndpoint.class).getDelay()).isEqualTo(250);
    }

    @Test
    void allActionsAreWatchedWithAStar() throws Exception {
        consume(TASKS + "&actions=*");
        Exchange delete = template.send("anaplan:action?action=Delete discontinued products&" + AnaplanTestSupport.DEMO_MODEL,
                e -> e.getMessage().setBody(null));
        String task = delete.getMessage().getHeader(AnaplanConstants.TASK_ID, String.class);
        eventually(() -> assertThat(receivedIds()).contains(task));
        assertThat(receivedFor(task).getHeader(AnaplanConstants.ACTION_KIND)).isEqualTo("ACTION");
    }
}
