package io.github.camelanaplan.component.internal;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A view of the component's shared scheduler for one task wait, counting the polls the client's poller runs on it
 * (each scheduled run is one status request). The client does not report its poll count, and this keeps the
 * {@code CamelAnaplanPollCount} header honest without polling ourselves. Shutting the view down does nothing: the
 * component owns the scheduler.
 */
public final class CountingScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final ScheduledExecutorService delegate;
    private final AtomicInteger runs = new AtomicInteger();

    public CountingScheduler(ScheduledExecutorService delegate) {
        this.delegate = delegate;
    }

    /** Scheduled runs that have started so far. */
    public int runs() {
        return runs.get();
    }

    private Runnable counted(Runnable command) {
        return () -> {
            runs.incrementAndGet();
            command.run();
        };
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return delegate.schedule(counted(command), delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return delegate.schedule(() -> {
            runs.incrementAndGet();
            return callable.call();
        }, delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return delegate.scheduleAtFixedRate(counted(command), initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return delegate.scheduleWithFixedDelay(counted(command), initialDelay, delay, unit);
    }

    @Override
    public void execute(Runnable command) {
        delegate.execute(counted(command));
    }

    @Override
    public void shutdown() {
        // the component owns the shared scheduler
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return delegate.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return delegate.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return delegate.awaitTermination(timeout, unit);
    }
}
