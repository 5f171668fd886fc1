package io.github.camelanaplan.component.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs the work of one model one piece after another, without holding a thread while a piece waits.
 * <p>
 * Anaplan lets one import, export, process or action run on a model at a time and makes uploads to a busy model
 * wait, so exchanges that target the same model would only trip over each other. Queuing them here turns
 * "model busy" answers into an orderly wait; pieces for different models still run side by side.
 */
public final class ModelTaskQueue {

    private final ConcurrentMap<String, CompletableFuture<?>> tails = new ConcurrentHashMap<>();

    /**
     * Starts {@code work} on {@code executor} once every piece submitted earlier for {@code modelKey} has finished
     * (successfully or not).
     */
    public <T> CompletableFuture<T> submit(String modelKey, Executor executor, Supplier<CompletableFuture<T>> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture<?> previous = tails.put(modelKey, result);
        CompletableFuture<?> start = previous == null ? CompletableFuture.completedFuture(null) : previous;
        start.handle((ignoredValue, ignoredFailure) -> null)
                .thenComposeAsync(ignored -> startSafely(work), executor)
                .whenComplete((value, failure) -> {
                    // Forget the model once its queue is empty, so the map does not grow with every model ever used.
                    tails.remove(modelKey, result);
                    if (failure != null) {
                        result.completeExceptionally(unwrap(failure));
                    } else {
                        result.complete(value);
                    }
                });
        return result;
    }

    /** Number of models with work queued or running. */
    public int activeModels() {
        return tails.size();
    }

    /** Keys of the models with work queued or running, sorted. */
    public java.util.List<String> activeModelKeys() {
        return tails.keySet().stream().sorted().toList();
    }

    private static <T> CompletableFuture<T> startSafely(Supplier<CompletableFuture<T>> work) {
        try {
            CompletableFuture<T> future = work.get();
            return future != null ? future : CompletableFuture.completedFuture(null);
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
