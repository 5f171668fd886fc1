package io.github.camelanaplan.component.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountingSchedulerTest {

    @Test
    void theCountingSchedulerCountsRunsAndLeavesTheSharedSchedulerRunning() throws Exception {
        ScheduledExecutorService shared = Executors.newSingleThreadScheduledExecutor();
        try {
            CountingScheduler counting = new CountingScheduler(shared);
            counting.schedule(() -> { }, 1, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
            counting.schedule(() -> "x", 1, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
            assertThat(counting.runs()).isEqualTo(2);
            counting.shutdownNow();
            assertThat(shared.isShutdown()).isFalse();
        } finally {
            shared.shutdownNow();
        }
    }
}
