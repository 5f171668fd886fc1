package io.github.camelanaplan.component.soak;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelanaplan.simulator.tasks.ActionKind;
import io.github.camelanaplan.simulator.tasks.TaskStart;

/**
 * Matches the tasks the exchanges report against the task starts the simulator recorded, for one action.
 *
 * <p>A duplicate start is a second task for one exchange's import (or export): the simulator started a task of the
 * action that no exchange reports as its own ({@code unclaimed}), which is what a blind re-post after a lost answer
 * leaves behind. Two exchanges reporting the same task ({@code shared}) would mean one of them adopted a task that
 * was not its own, so its data never went through.
 *
 * @param exchanges exchanges that ran the action and reported a task id
 * @param starts    tasks the simulator started for the action
 */
record TaskStartCheck(ActionKind kind, int exchanges, int starts, Set<String> unclaimed, Set<String> shared,
                      Set<String> unknown) {

    static TaskStartCheck of(ActionKind kind, List<RoundTrip> roundTrips, Function<RoundTrip, String> taskId,
                             List<TaskStart> simulatorStarts) {
        List<String> reported = roundTrips.stream().map(taskId).filter(Objects::nonNull).toList();
        Set<String> started = simulatorStarts.stream().filter(s -> s.kind() == kind).map(TaskStart::taskId)
                .collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        Set<String> shared = reported.stream().filter(id -> !seen.add(id)).collect(Collectors.toSet());
        Set<String> unclaimed = new HashSet<>(started);
        unclaimed.removeAll(reported);
        Set<String> unknown = new HashSet<>(reported);
        unknown.removeAll(started);
        return new TaskStartCheck(kind, reported.size(), started.size(), unclaimed, shared, unknown);
    }

    boolean clean() {
        return unclaimed.isEmpty() && shared.isEmpty() && unknown.isEmpty() && starts == exchanges;
    }

    String describe() {
        return "%s: %d starts for %d exchanges, duplicates (unclaimed starts) %d, shared %d, unknown %d%s".formatted(
                kind, starts, exchanges, unclaimed.size(), shared.size(), unknown.size(),
                clean() ? "" : " " + unclaimed + shared + unknown);
    }
}
