package io.github.camelanaplan.simulator.tasks;

import static io.github.camelanaplan.simulator.tasks.TaskCalls.SALES_FILE;
import static io.github.camelanaplan.simulator.tasks.TaskCalls.SALES_IMPORT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Imports of many rows: counted right, and their run time grows with the row count. */
class LargeImportTest {

    private static final String FORECAST = "{\"localeName\":\"en_US\",\"mappingParameters\":"
            + "[{\"entityType\":\"Version\",\"entityName\":\"Forecast\"}]}";
    private static final List<String> REGIONS = List.of("NA", "LATAM", "WEU", "NEU", "CEU", "MEA", "APAC", "JP");
    private static final List<String> MONTHS = List.of("Jan 26", "Feb 26", "Mar 26", "Apr 26", "May 26", "Jun 26",
            "Jul 26", "Aug 26", "Sep 26", "Oct 26", "Nov 26", "Dec 26");

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
            .configure(c -> c.taskDuration(Duration.ofMillis(30)))
            .build();

    private TaskControl control;
    private TaskSettings before;

    @BeforeEach
    void rememberSettings(AnaplanSimulator sim) {
        control = TaskCalls.demo(sim).control();
        before = control.settings();
    }

    @AfterEach
    void restoreSettings() {
        control.settings(before);
    }

    /** Every Products x Regions x Time combination, {@code repeats} times over. */
    private static byte[] salesRows(int repeats) {
        StringBuilder csv = new StringBuilder("Product,Region,Month,Units,Price\n");
        for (int r = 0; r < repeats; r++) {
            for (int p = 1; p <= 300; p++) {
                for (String region : REGIONS) {
                    for (String month : MONTHS) {
                        csv.append(String.format(Locale.ROOT, "P%03d,%s,%s,%d,%d.25%n", p, region, month, p + r, r));
                    }
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void tensOfThousandsOfRowsAreImported(AnaplanSimulator sim) {
        TaskCalls demo = TaskCalls.demo(sim);
        demo.upload(SALES_FILE, salesRows(2));

        JsonNode task = demo.run("imports", SALES_IMPORT, FORECAST);

        JsonNode detail = task.path("result").path("details").get(0);
        assertThat(task.path("result").path("successful").asBoolean()).isTrue();
        assertThat(TaskContractTest.values(detail)).containsSequence("successRowCount", "57600")
                .containsSequence("failedCount", "0").containsSequence("cellsChangedCount", "57600");
    }

    @Test
    void runTimeGrowsWithTheNumberOfRows(AnaplanSimulator sim) {
        TaskCalls demo = TaskCalls.demo(sim);
        control.settings(before.withRowsPerSecond(50_000));
        demo.upload(SALES_FILE, salesRows(1));
        long start = System.nanoTime();
        demo.run("imports", SALES_IMPORT, FORECAST);
        // 30 ms base + 28,800 rows at 50,000 rows/s.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(606));
    }

    @Test
    void progressOnlyMovesForwardWhileALargeImportIsParsedAndRun(AnaplanSimulator sim) {
        TaskCalls demo = TaskCalls.demo(sim);
        // 288,000 rows: parsed in a fraction of a second, run for about 2.9 s.
        control.settings(before.withRowsPerSecond(100_000));
        demo.upload(SALES_FILE, salesRows(10));
        String taskId = demo.start("imports", SALES_IMPORT, FORECAST);
        List<Double> seen = new ArrayList<>();
        JsonNode task = demo.status("imports", SALES_IMPORT, taskId);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!task.path("taskState").asText().equals("COMPLETE") && System.nanoTime() < deadline) {
            if (task.path("taskState").asText().equals("IN_PROGRESS")) {
                seen.add(task.path("progress").asDouble());
            }
            TaskCalls.pause(5);
            task = demo.status("imports", SALES_IMPORT, taskId);
        }

        assertThat(task.path("taskState").asText()).isEqualTo("COMPLETE");
        assertThat(seen).as("progress seen while the import ran").isSorted().hasSizeGreaterThan(10);
        assertThat(seen.get(seen.size() / 2)).as("progress half way through the polls").isBetween(0.2, 0.8);
    }
}
