package io.github.camelanaplan.client.task;

import io.github.camelanaplan.client.PollSchedule;
import io.github.camelanaplan.client.RetryPolicy;
import io.github.camelanaplan.client.error.AnaplanConnectionException;
import io.github.camelanaplan.client.error.AnaplanException;
import io.github.camelanaplan.client.error.AnaplanMalformedResponseException;
import io.github.camelanaplan.client.error.AnaplanModelBusyException;
import io.github.camelanaplan.client.error.AnaplanRateLimitedException;
import io.github.camelanaplan.client.error.AnaplanServerException;
import io.github.camelanaplan.client.error.AnaplanTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Waits for tasks without blocking a thread: each poll is a task on the caller's scheduler, and between polls no
 * thread is held. The wait ends on COMPLETE or CANCELLED; transient poll failures (connection, 5xx, 429, busy model,
 * truncated JSON) are retried with the retry policy's backoff, and only a run of {@code maxAttempts} consecutive
 * failures ends the wait with the last failure.
 *
 * <p>Polls follow the {@link PollSchedule}, except that once a running task reports progress the poller predicts
 * when it ends (by the rate its progress grew since it was first seen moving) and polls just after that if it comes
 * sooner than the schedule's next poll. Long waits between polls then cost little delay at the end, so a long task
 * needs few status requests and is still seen finishing promptly.
 */
public final class TaskPoller {

    private static final Logger LOG = LoggerFactory.getLogger(TaskPoller.class);
    /** Added to a predicted end, so the poll that follows usually finds the task finished. */
    private static final Duration END_MARGIN = Duration.ofMillis(50);
    private static final long NO_PREDICTION = Long.MIN_VALUE;

    private final TaskClient tasks;
    private final PollSchedule defaultSchedule;
    private final RetryPolicy retryPolicy;

    /**
     * @param tasks           task client used to poll and cancel
     * @param defaultSchedule schedule when the options give none
     * @param retryPolicy     policy for transient poll failures
     */
    public TaskPoller(TaskClient tasks, PollSchedule defaultSchedule, RetryPolicy retryPolicy) {
        this.tasks = tasks;
        this.defaultSchedule = defaultSchedule;
        this.retryPolicy = retryPolicy;
    }

    /**
     * Polls the task on {@code scheduler} until it is terminal or the timeout passes.
     *
     * <p>The future completes normally with the terminal status whether or not the task succeeded (call
     * {@link TaskStatus#requireSuccessful()} to turn failure into an exception); exceptionally with
     * {@link AnaplanTimeoutException} on timeout (after asking Anaplan to cancel the task if the options say so) or
     * with the last failure when polling keeps failing. Cancelling the future stops polling but not the task.
     *
     * @param handle    the task
     * @param options   timeout, cancel-on-timeout, schedule
     * @param scheduler where polls run; the caller owns it
     * @return the future terminal status
     */
    public CompletableFuture<TaskStatus> awaitCompletion(TaskHandle handle, AwaitOptions options,
                                                         ScheduledExecutorService scheduler) {
        Wait wait = new Wait(handle, options, scheduler);
        wait.scheduleNext(wait.schedule.delayBefore(0));
        return wait.result;
    }

    private final class Wait {
        private final TaskHandle handle;
        private final AwaitOptions options;
        private final ScheduledExecutorService scheduler;
        private final PollSchedule schedule;
        private final long deadlineNanos;
        private final CompletableFuture<TaskStatus> result = new CompletableFuture<>();
        private final AtomicReference<ScheduledFuture<?>> pending = new AtomicReference<>();
        private final long startNanos = System.nanoTime();
        private int polls;
        private int consecutiveFailures;
        private TaskStatus lastStatus;
        private double firstProgress = -1;
        private long firstProgressNanos;
        private double lastProgress = -1;
        private long predictedEndNanos = NO_PREDICTION;

        Wait(TaskHandle handle, AwaitOptions options, ScheduledExecutorService scheduler) {
            this.handle = handle;
            this.options = options;
            this.scheduler = scheduler;
            this.schedule = options.schedule() == null ? defaultSchedule : options.schedule();
            this.deadlineNanos = System.nanoTime() + options.timeout().toNanos();
            result.whenComplete((status, failure) -> {
                ScheduledFuture<?> next = pending.get();
                if (next != null) {
                    next.cancel(false);
                }
            });
        }

        void scheduleNext(Duration delay) {
            if (result.isDone()) {
                return;
            }
            long remaining = deadlineNanos - System.nanoTime();
            long delayNanos = Math.max(0L, Math.min(delay.toNanos(), Math.max(remaining, 0L)));
            try {
                pending.set(scheduler.schedule(this::poll, delayNanos, TimeUnit.NANOSECONDS));
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(new AnaplanException("cannot poll task " + handle.taskId()
                        + ": the scheduler is shut down", e));
            }
        }

        void poll() {
            if (result.isDone()) {
                return;
            }
            try {
                TaskStatus status = tasks.pollOnce(handle);
                consecutiveFailures = 0;
                lastStatus = status;
                polls++;
                if (status.isTerminal()) {
                    result.complete(status);
                    return;
                }
                if (timedOut()) {
                    return;
                }
                scheduleNext(nextDelay(status));
            } catch (AnaplanException failure) {
                if (!isTransient(failure) || ++consecutiveFailures >= retryPolicy.maxAttempts()) {
                    result.completeExceptionally(failure);
                    return;
                }
                if (timedOut()) {
                    return;
                }
                Duration delay = retryPolicy.backoff(consecutiveFailures,
                        () -> ThreadLocalRandom.current().nextDouble());
                if (failure instanceof AnaplanRateLimitedException limited && retryPolicy.honourRetryAfter()
                        && limited.retryAfter().isPresent()) {
                    Duration asked = limited.retryAfter().get();
                    delay = asked.compareTo(retryPolicy.retryAfterCap()) > 0 ? retryPolicy.retryAfterCap() : asked;
                }
                LOG.debug("polling task {} failed ({}); retry {} in {} ms", handle.taskId(),
                        failure.getClass().getSimpleName(), consecutiveFailures, delay.toMillis());
                scheduleNext(delay);
            } catch (RuntimeException unexpected) {
                result.completeExceptionally(unexpected);
            }
        }

        /**
         * The schedule's next delay, shortened to just after the predicted end when the task's progress allows a
         * prediction and that end comes sooner. A task that outlives its predicted end is polled again after a
         * tenth of the time waited so far (at least the initial delay), until the schedule's delay is shorter.
         */
        private Duration nextDelay(TaskStatus status) {
            Duration scheduled = schedule.delayBefore(polls);
            Double progress = status.progress();
            if (status.taskState() != TaskState.IN_PROGRESS || progress == null || progress <= 0 || progress >= 1) {
                return scheduled;
            }
            long now = System.nanoTime();
            if (progress > lastProgress) {
                predictEnd(progress, now);
            }
            // stalled progress predicts nothing new; the last prediction stands
            lastProgress = Math.max(lastProgress, progress);
            if (predictedEndNanos == NO_PREDICTION) {
                return scheduled;
            }
            long untilEnd = predictedEndNanos - now;
            long wanted = untilEnd > 0 ? untilEnd : (now - startNanos) / 10;
            long floor = Math.min(scheduled.toNanos(), schedule.initialDelay().toNanos());
            return wanted >= scheduled.toNanos() ? scheduled : Duration.ofNanos(Math.max(floor, wanted));
        }

        private void predictEnd(double progress, long now) {
            double fromProgress = 0;
            long fromNanos = startNanos;
            if (firstProgress < 0) {
                firstProgress = progress;
                firstProgressNanos = now;
            } else {
                // measured between two polls, so time spent queued before the task started does not count
                fromProgress = firstProgress;
                fromNanos = firstProgressNanos;
            }
            double ratePerNano = (progress - fromProgress) / Math.max(1, now - fromNanos);
            if (ratePerNano > 0) {
                long remaining = (long) ((1 - progress) / ratePerNano);
                // land a little after the predicted end rather than just before it, which would cost one more poll
                predictedEndNanos = now + remaining + remaining / 20 + END_MARGIN.toNanos();
            }
        }

        /** Completes the wait with a timeout when the deadline has passed; then returns true. */
        private boolean timedOut() {
            if (System.nanoTime() < deadlineNanos) {
                return false;
            }
            String last = lastStatus == null ? "no status was read"
                    : "last state " + lastStatus.taskState() + (lastStatus.progress() == null ? ""
                    : ", progress " + lastStatus.progress());
            AnaplanTimeoutException timeout = new AnaplanTimeoutException("task " + handle.taskId() + " of "
                    + handle.kind().objectKind().singular() + " " + handle.objectId() + " did not finish within "
                    + options.timeout() + " (" + last + ")"
                    + (options.cancelOnTimeout() ? "; cancellation was requested" : "; it keeps running"), null);
            if (options.cancelOnTimeout()) {
                try {
                    tasks.cancel(handle);
                } catch (AnaplanException cancelFailure) {
                    timeout.addSuppressed(cancelFailure);
                }
            }
            result.completeExceptionally(timeout);
            return true;
        }
    }

    private static boolean isTransient(AnaplanException failure) {
        return failure instanceof AnaplanConnectionException
                || failure instanceof AnaplanServerException
                || failure instanceof AnaplanRateLimitedException
                || failure instanceof AnaplanModelBusyException
                || failure instanceof AnaplanMalformedResponseException;
    }
}
