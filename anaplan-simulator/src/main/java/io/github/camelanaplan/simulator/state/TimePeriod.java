package io.github.camelanaplan.simulator.state;

import java.time.LocalDate;

/** One period of the Time dimension, e.g. {@code Jan 26} covering 2026-01-01..2026-01-31. */
public record TimePeriod(String id, String name, LocalDate start, LocalDate end) {
}
