package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.shared.InvalidInputException;

/**
 * A reporting period of an indicator as it is written: planned with its target by whoever shapes the framework, its
 * actual value reported by the aid owner. An aggregate of its own beside its indicator (why: {@link FrameworkResult}).
 * Read as {@link IndicatorPeriod} through {@link ResultsQueries}.
 */
@Table(schema = "aid", name = "indicator_period")
class FrameworkPeriod {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private long indicator;
    private long aidItem;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private @Nullable BigDecimal targetValue;
    private @Nullable String targetComment;
    private @Nullable BigDecimal actualValue;
    private @Nullable String actualComment;
    private LocalDate reportDue;
    private @Nullable String reportedBy;
    private @Nullable Instant reportedAt;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    FrameworkPeriod(@Nullable Long id, @Nullable Long version, long indicator, long aidItem, LocalDate periodStart,
                    LocalDate periodEnd, @Nullable BigDecimal targetValue, @Nullable String targetComment,
                    @Nullable BigDecimal actualValue, @Nullable String actualComment, LocalDate reportDue,
                    @Nullable String reportedBy, @Nullable Instant reportedAt) {
        this.id = id;
        this.version = version;
        this.indicator = indicator;
        this.aidItem = aidItem;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.targetValue = targetValue;
        this.targetComment = targetComment;
        this.actualValue = actualValue;
        this.actualComment = actualComment;
        this.reportDue = reportDue;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    /**
     * A new period of the indicator, on the indicator's item.
     *
     * @param others    the indicator's periods, which this one must not overlap
     * @param reportDue when the actual value of a period ending on a day is due
     */
    static FrameworkPeriod plan(FrameworkIndicator indicator, TargetInput input, List<IndicatorPeriod> others,
                                LocalDate today, UnaryOperator<LocalDate> reportDue) {
        Target t = Target.checked(indicator.measure(), input, others, false, today);
        return new FrameworkPeriod(null, null, indicator.id(), indicator.itemId(), t.start(), t.end(), t.value(),
                t.comment(), null, null, reportDue.apply(t.end()), null, null);
    }

    /**
     * Moves the period or changes its target; a period already reported keeps a start that has come.
     *
     * @param others the indicator's other periods
     */
    void retarget(IndicatorMeasure measure, TargetInput input, List<IndicatorPeriod> others, LocalDate today,
                  UnaryOperator<LocalDate> reportDue) {
        Target t = Target.checked(measure, input, others, reportedAt != null, today);
        periodStart = t.start();
        periodEnd = t.end();
        targetValue = t.value();
        targetComment = t.comment();
        this.reportDue = reportDue.apply(t.end());
    }

    /** Records, or corrects, what the period achieved: only once it has begun. */
    void report(IndicatorMeasure measure, ActualInput input, String actor, Instant at, LocalDate today) {
        if (periodStart.isAfter(today)) {
            throw new InvalidInputException("actualValue", "aid.results.actual.notStarted", periodStart);
        }
        BigDecimal value = measure.checked(input.actualValue(), "actualValue");
        String comment = FrameworkText.optional(input.actualComment());
        if (measure.isNumeric() && value == null) {
            throw new InvalidInputException("actualValue", "aid.results.actualValue.required");
        }
        if (!measure.isNumeric() && comment == null) {
            throw new InvalidInputException("actualComment", "aid.results.actualComment.required");
        }
        actualValue = value;
        actualComment = comment;
        reportedBy = actor;
        reportedAt = at;
    }

    long id() {
        return Objects.requireNonNull(id, "a period has an id once saved");
    }

    @Nullable Long version() {
        return version;
    }

    long itemId() {
        return aidItem;
    }

    LocalDate start() {
        return periodStart;
    }

    LocalDate end() {
        return periodEnd;
    }

    boolean reported() {
        return actualValue != null || actualComment != null;
    }

    @Nullable BigDecimal actualValue() {
        return actualValue;
    }

    @Nullable String actualComment() {
        return actualComment;
    }

    long indicatorId() {
        return indicator;
    }

    /** A period and its target as typed, checked against the indicator's measure and its other periods. */
    private record Target(LocalDate start, LocalDate end, @Nullable BigDecimal value, @Nullable String comment) {

        static Target checked(IndicatorMeasure measure, TargetInput input, List<IndicatorPeriod> others,
                              boolean reported, LocalDate today) {
            LocalDate start = input.start();
            LocalDate end = input.end();
            if (start == null) {
                throw new InvalidInputException("start", "aid.results.start.required");
            }
            if (end == null) {
                throw new InvalidInputException("end", "aid.results.end.required");
            }
            if (end.isBefore(start)) {
                throw new InvalidInputException("end", "aid.results.end.beforeStart");
            }
            if (reported && start.isAfter(today)) {
                throw new InvalidInputException("start", "aid.results.start.reported");
            }
            for (IndicatorPeriod other : others) {
                if (!start.isAfter(other.end()) && !end.isBefore(other.start())) {
                    throw new InvalidInputException("start", "aid.results.period.overlap", other.start(),
                            other.end());
                }
            }
            BigDecimal value = measure.checked(input.targetValue(), "targetValue");
            String comment = FrameworkText.optional(input.targetComment());
            if (measure.isNumeric() && value == null) {
                throw new InvalidInputException("targetValue", "aid.results.targetValue.required");
            }
            if (!measure.isNumeric() && comment == null) {
                throw new InvalidInputException("targetComment", "aid.results.targetComment.required");
            }
            return new Target(start, end, value, comment);
        }
    }
}
