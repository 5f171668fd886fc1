package io.github.camelanaplan.component.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelTaskQueueTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final ModelTaskQueue queue = new ModelTaskQueue();

    @AfterEach
    void shutdown() {
        executor.shutdownNow();
    }

    @Test
    void workForOneModelRunsInOrderAndOnlyAfterThePreviousPieceEnded() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> firstGate = new CompletableFuture<>();
        CompletableFuture<String> first = queue.submit("m1", executor, () -> {
            events.add("first started");
            return firstGate.thenApply(ignored -> {
                events.add("first ended");
                return "first";
            });
        });
        CompletableFuture<String> second = queue.submit("m1", executor, () -> {
            events.add("second started");
            return CompletableFuture.completedFuture("second");
        });
        Thread.sleep(100);
        assertThat(events).containsExactly("first started");
        assertThat(second).isNotDone();

        firstGate.complete(null);
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(first.get()).isEqualTo("first");
        assertThat(events).containsExactly("first started", "first ended", "second started");
        assertThat(queue.activeModels()).isZero();
    }

    @Test
    void otherModelsDoNotWaitAndAFailureDoesNotBlockTheQueue() throws Exception {
        CompletableFuture<Void> blocked = new CompletableFuture<>();
        queue.submit("m1", executor, () -> blocked);
        CompletableFuture<String> other = queue.submit("m2", executor, () -> CompletableFuture.completedFuture("m2"));
        assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("m2");
        assertThat(queue.activeModelKeys()).containsExactly("m1");

        blocked.completeExceptionally(new IllegalStateException("boom"));
        CompletableFuture<Object> failing = queue.submit("m1", executor, () -> {
            throw new IllegalArgumentException("bad input");
        });
        assertThatThrownBy(() -> failing.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class);
        CompletableFuture<String> after = queue.submit("m1", executor, () -> CompletableFuture.completedFuture("after"));
        assertThat(after.get(5, TimeUnit.SECONDS)).isEqualTo("after");
    }
}
