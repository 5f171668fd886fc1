package io.github.camelanaplan.component;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What the idempotent repository guarantees across restarts and between nodes, and the consumer's readiness. */
class TaskConsumerRepositoryTest extends TaskConsumerTestSupport {

    private static final String WATCH = TASKS + "&actions=" + PRODUCTS_IMPORT + "&idempotentRepository=#repo";

    @TempDir
    Path temp;

    @Test
    void aRestartWithAFileRepositoryEmitsNothingTwiceAndCatchesUp() throws Exception {
        File store = temp.resolve("emitted-tasks.txt").toFile();
        String first = runImport(IMPORT);
        String second = runImport(IMPORT);
        Queue<String> beforeRestart = queue();
        // emitExistingTasks=true: after the restart the repository, not the start time, decides what is new
        CamelContext app = startApplication(WATCH + "&emitExistingTasks=true", beforeRestart,
                FileIdempotentRepository.fileIdempotentRepository(store));
        eventually(() -> assertThat(beforeRestart).contains(first, second));
        severalPolls();
        app.stop();

        String whileDown = runImport(IMPORT);
        Queue<String> afterRestart = queue();
        CamelContext restarted = startApplication(WATCH + "&emitExistingTasks=true", afterRestart,
                FileIdempotentRepository.fileIdempotentRepository(store));
        try {
            eventually(() -> assertThat(afterRestart).contains(whileDown));
            String afterwards = runImport(IMPORT);
            eventually(() -> assertThat(afterRestart).contains(afterwards));
            assertThat(afterRestart).doesNotContainAnyElementsOf(beforeRestart);
            assertThat(new HashSet<>(afterRestart)).hasSameSizeAs(afterRestart);
        } finally {
            restarted.stop();
        }
    }

    @Test
    void twoNodesSharingARepositoryNeverBothEmitATask() throws Exception {
        // contains() never sees the other node's entries, as when both nodes list the tasks before either claims
        // one: only the claim (add) can keep them apart
        MemoryIdempotentRepository shared = new MemoryIdempotentRepository() {
            @Override
            public boolean contains(String key) {
                return false;
            }
        };
        Queue<String> nodeA = queue();
        Queue<String> nodeB = queue();
        CamelContext a = startApplication(WATCH, nodeA, shared);
        CamelContext b = startApplication(WATCH, nodeB, shared);
        try {
            List<String> started = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                started.add(runImport(IMPORT));
            }
            eventually(() -> assertThat(union(nodeA, nodeB)).containsAll(started));
            severalPolls();
            Set<String> both = new HashSet<>(nodeA);
            both.retainAll(nodeB);
            assertThat(both).isEmpty();
            assertThat(nodeA.size() + nodeB.size()).isEqualTo(union(nodeA, nodeB).size());
        } finally {
            a.stop();
            b.stop();
        }
    }

    @Test
    void theConsumerIsReadyAfterItsFirstGoodPoll() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(TASKS + "&actions=" + PRODUCTS_IMPORT + "&initialDelay=1500").routeId("tasks").to("mock:tasks");
            }
        });
        HealthCheckRepository consumers = HealthCheckHelper.getHealthCheckRepository(context, "consumers");
        HealthCheck check = consumers.getCheck("consumer:tasks").orElseThrow();
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.DOWN);
        eventually(() -> assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP));
    }

    private static Set<String> union(Queue<String> a, Queue<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
