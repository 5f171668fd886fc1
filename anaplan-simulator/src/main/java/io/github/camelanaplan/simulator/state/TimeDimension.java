package io.github.camelanaplan.simulator.state;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Time dimension (id {@value Dimensions#TIME_ID}) with monthly periods. Period ids are derived from the
 * month ({@code 3yyyyMM00000}), so they are stable whatever else a model file contains.
 */
public record TimeDimension(List<TimePeriod> periods) implements Dimension {

    private static final DateTimeFormatter PERIOD_NAME = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    public TimeDimension {
        periods = List.copyOf(periods);
    }

    public static TimeDimension monthly(YearMonth first, int months) {
        List<TimePeriod> periods = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            periods.add(new TimePeriod(periodId(month), PERIOD_NAME.format(month), month.atDay(1),
                    month.atEndOfMonth()));
        }
        return new TimeDimension(periods);
    }

    static String periodId(YearMonth month) {
        return String.format(Locale.ROOT, "3%04d%02d00000", month.getYear(), month.getMonthValue());
    }

    @Override
    public String id() {
        return Dimensions.TIME_ID;
    }

    @Override
    public String name() {
        return "Time";
    }

    @Override
    public List<DimensionItem> items() {
        return periods.stream().map(p -> new DimensionItem(p.id(), p.name(), null)).toList();
    }

    public LocalDate start() {
        return periods.isEmpty() ? null : periods.get(0).start();
    }

    public LocalDate end() {
        return periods.isEmpty() ? null : periods.get(periods.size() - 1).end();
    }
}
