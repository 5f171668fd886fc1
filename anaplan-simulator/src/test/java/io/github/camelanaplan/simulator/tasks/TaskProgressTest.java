package io.github.camelanaplan.simulator.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Progress while a step prepares (its run time not known yet) and after, with the clock passed in. */
class TaskProgressTest {

    private static final long START = TimeUnit.SECONDS.toNanos(100);
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private Task task;

    @BeforeEach
    void startTask() {
        task = new Task("t", "m", ActionKind.IMPORT, "a", "Import", "u", 0, TaskParameters.NONE);
        assertThat(task.start(START)).isTrue();
    }

    @Test
    void whileTheRunTimeIsShortProgressFollowsTheShareOfTheSourceRead() throws IOException {
        StepProgress source = new StepProgress();
        task.preparing(0, 1, START, source, rows -> 0);
        InputStream in = source.counting(new ByteArrayInputStream(new byte[1000]), 1000);

        assertThat(task.progress(START + 500 * MS)).isEqualTo(0.0);
        in.readNBytes(250);
        assertThat(task.progress(START + 500 * MS)).isCloseTo(0.25, within(1e-9));
        in.readAllBytes();
        assertThat(task.progress(START + 500 * MS)).isEqualTo(0.99);
    }

    @Test
    void whileTheRunTimeIsLongProgressFollowsTheTimeTheRowsSeenSoFarPredict() throws IOException {
        StepProgress source = new StepProgress();
        task.preparing(0.5, 1, START, source, rows -> rows * MS);
        InputStream in = source.counting(new ByteArrayInputStream(new byte[1000]), 1000);
        in.readNBytes(500);
        source.rowsRead(100);

        // Half the source held 100 rows, so the whole holds 200: 200 ms of run time, of which 50 ms went by.
        assertThat(task.progress(START + 50 * MS)).isCloseTo(0.5 + 0.5 * 0.25, within(1e-9));
    }

    @Test
    void aStepThatReadsNoSourceStaysWhereItsShareBegins() {
        task.preparing(0.5, 1, START, new StepProgress(), rows -> 0);

        assertThat(task.progress(START + 10_000 * MS)).isEqualTo(0.5);
    }

    @Test
    void onceTheRunTimeIsKnownProgressGoesOnFromWhereItIsAndNeverBack() throws IOException {
        StepProgress source = new StepProgress();
        task.preparing(0, 1, START, source, rows -> 0);
        source.counting(new ByteArrayInputStream(new byte[1000]), 1000).readNBytes(900);
        long prepared = START + 300 * MS;
        assertThat(task.progress(prepared)).isCloseTo(0.9, within(1e-9));

        task.continueUntil(1, prepared, prepared + 1000 * MS);

        assertThat(task.progress(prepared)).isCloseTo(0.9, within(1e-9));
        assertThat(task.progress(prepared + 500 * MS)).isCloseTo(0.95, within(1e-9));
        assertThat(task.progress(prepared + 2000 * MS)).isEqualTo(0.99);
    }

    @Test
    void anExportFollowsTheRowsItHasWrittenOfThoseItWillWrite() {
        StepProgress output = new StepProgress();
        task.preparing(0, 1, START, output, rows -> rows * MS);
        output.expectRows(1000);
        output.rowsWritten(400);

        // 1000 rows take 1000 ms of run time: after 100 ms the time is the lower bound, after 900 ms the rows.
        assertThat(task.progress(START + 100 * MS)).isCloseTo(0.1, within(1e-9));
        assertThat(task.progress(START + 900 * MS)).isCloseTo(0.4, within(1e-9));
    }
}
