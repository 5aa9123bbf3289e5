package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item's results framework as read: its results in order, each with its indicators, each with its periods and how
 * far it has come.
 *
 * @param reporting whether the item is in a state where actual values are due (approved, running or just finished)
 */
public record ResultsFramework(long itemId, boolean reporting, List<ResultEntry> results) {

    public record ResultEntry(Result result, List<IndicatorEntry> indicators) {
    }

    /**
     * @param finalTarget  the target of the indicator's last period: what the project promises by its end
     * @param latestActual the actual value of the last period reported
     * @param progress     the latest actual value against the final target
     */
    public record IndicatorEntry(Indicator indicator, List<PeriodEntry> periods, @Nullable BigDecimal finalTarget,
                                 @Nullable BigDecimal latestActual, @Nullable Achievement progress) {

        private static final java.time.format.DateTimeFormatter MONTH =
                java.time.format.DateTimeFormatter.ofPattern("MM/yyyy");

        /** Whether a chart of targets against actual values has something to show. */
        public boolean charted() {
            return indicator.measure().isNumeric() && !periods.isEmpty();
        }

        /** The chart's figures, {@code |}-separated in period order; a period not reported is an empty figure. */
        public String chartLabels() {
            return join(p -> MONTH.format(p.start()) + "–" + MONTH.format(p.end()));
        }

        public String chartTargets() {
            return join(p -> p.targetValue() == null ? "" : p.targetValue().toPlainString());
        }

        public String chartActuals() {
            return join(p -> p.actualValue() == null ? "" : p.actualValue().toPlainString());
        }

        private String join(java.util.function.Function<IndicatorPeriod, String> figure) {
            return String.join("|", periods.stream().map(p -> figure.apply(p.period())).toList());
        }
    }

    /**
     * @param started whether the period has begun, so that its actual value may be reported
     * @param overdue the report is due, actual values are due for the item, and none is reported
     */
    public record PeriodEntry(IndicatorPeriod period, @Nullable Achievement achievement, boolean started,
                              boolean overdue) {
    }

    public int indicatorCount() {
        return results.stream().mapToInt(r -> r.indicators().size()).sum();
    }

    public long overdueCount() {
        return periods().filter(PeriodEntry::overdue).count();
    }

    public long reportedCount() {
        return periods().filter(p -> p.period().isReported()).count();
    }

    public long periodCount() {
        return periods().count();
    }

    public boolean isEmpty() {
        return results.isEmpty();
    }

    private java.util.stream.Stream<PeriodEntry> periods() {
        return results.stream().flatMap(r -> r.indicators().stream()).flatMap(i -> i.periods().stream());
    }

    static ResultsFramework assemble(long itemId, boolean reporting, LocalDate today, List<Result> results,
                                     List<Indicator> indicators, List<IndicatorPeriod> periods) {
        List<ResultEntry> entries = results.stream().map(r -> new ResultEntry(r, indicators.stream()
                .filter(i -> i.resultId() == r.id())
                .map(i -> indicator(i, periods.stream().filter(p -> p.indicatorId() == i.id()).toList(),
                        reporting, today))
                .toList())).toList();
        return new ResultsFramework(itemId, reporting, entries);
    }

    private static IndicatorEntry indicator(Indicator indicator, List<IndicatorPeriod> periods, boolean reporting,
                                            LocalDate today) {
        List<PeriodEntry> entries = periods.stream().map(p -> new PeriodEntry(p,
                Achievement.of(indicator, p.actualValue(), p.targetValue()), !p.start().isAfter(today),
                reporting && !p.isReported() && today.isAfter(p.reportDue()))).toList();
        BigDecimal finalTarget = periods.isEmpty() ? null : periods.get(periods.size() - 1).targetValue();
        BigDecimal latest = null;
        for (IndicatorPeriod period : periods) {
            if (period.actualValue() != null) {
                latest = period.actualValue();
            }
        }
        return new IndicatorEntry(indicator, entries, finalTarget, latest,
                Achievement.of(indicator, latest, finalTarget));
    }
}
