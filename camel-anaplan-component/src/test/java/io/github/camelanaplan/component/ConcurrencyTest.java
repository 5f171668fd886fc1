package io.github.camelanaplan.component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.github.camelanaplan.client.task.TaskStatus;
import org.apache.camel.Exchange;
import org.apache.camel.util.concurrent.SizedScheduledExecutorService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many exchanges waiting on tasks at once use the component's few threads, and with serializeModelTasks no
 * model-busy answer reaches a route. Pool sizes are asserted, not timings.
 */
class ConcurrencyTest extends AnaplanTestSupport {

    private static final int EXCHANGES = 20;
    private static final int WORKERS = 3;

    @Override
    protected org.apache.camel.CamelContext createCamelContext() throws Exception {
        org.apache.camel.CamelContext context = super.createCamelContext();
        context.getComponent("anaplan", AnaplanComponent.class).setWorkerPoolSize(WORKERS);
        return context;
    }

    @Test
    void twentyConcurrentImportsToOneModelAllSucceedOnAFewThreads() throws Exception {
        importConcurrently("anaplan:import?action=Products from products.csv&" + DEMO_MODEL, EXCHANGES);

        ThreadPoolExecutor workers = (ThreadPoolExecutor) anaplan().getWorkerPool();
        ThreadPoolExecutor scheduler = ((SizedScheduledExecutorService) anaplan().getScheduler()).getScheduledThreadPoolExecutor();
        assertThat(workers.getLargestPoolSize()).isBetween(1, WORKERS);
        assertThat(scheduler.getLargestPoolSize()).isBetween(1, 2);
        assertThat(anaplan().getInFlightTasks().size()).isZero();
        assertThat(anaplan().getModelTaskQueue().activeModels()).isZero();
    }

    @Test
    void withoutSerializationTasksStartAtOnceAndAnaplanQueuesThem() throws Exception {
        importConcurrently("anaplan:import?action=Products from products.csv&serializeModelTasks=false&" + DEMO_MODEL, 3);
        assertThat(anaplan().getModelTaskQueue().activeModels()).isZero();
    }

    @Test
    void endpointsWithTheirOwnClientsShareTheModelsQueue() throws Exception {
        String products = "anaplan:import?action=Products from products.csv&" + DEMO_MODEL;
        // Another chunk size means another client; Anaplan still runs one task per model.
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String csv = "Name,Code,Family,Category,Unit Price,Discontinued\nProduct 8" + i + ",P8" + i + ",Hardware,Budget,1,false\n";
            String uri = products + (i % 2 == 0 ? "&chunkSize=1048576" : "&chunkSize=2097152");
            sent.add(template.asyncSend(uri, e -> e.getMessage().setBody(csv)));
        }
        int mostQueues = 0;
        while (!sent.stream().allMatch(CompletableFuture::isDone)) {
            mostQueues = Math.max(mostQueues, anaplan().getModelTaskQueue().activeModels());
            Thread.sleep(5);
        }
        for (CompletableFuture<Exchange> future : sent) {
            assertThat(future.get().getException()).isNull();
        }
        assertThat(anaplan().getClients().describe()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(mostQueues).as("queues for the one model").isEqualTo(1);
    }

    private void importConcurrently(String uri, int count) throws Exception {
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String csv = "Name,Code,Family,Category,Unit Price,Discontinued\nProduct 7" + i + ",P7" + i + ",Hardware,Budget,1,false\n";
            sent.add(template.asyncSend(uri, e -> e.getMessage().setBody(csv)));
        }
        List<String> taskIds = new ArrayList<>();
        for (CompletableFuture<Exchange> future : sent) {
            Exchange exchange = future.get(60, TimeUnit.SECONDS);
            assertThat(exchange.getException()).isNull();
            TaskStatus status = exchange.getMessage().getBody(TaskStatus.class);
            assertThat(status.isSuccessful()).isTrue();
            assertThat(status.result().rowsSucceeded()).isEqualTo(1);
            taskIds.add(status.taskId());
        }
        assertThat(taskIds).doesNotHaveDuplicates().hasSize(count);
    }
}
