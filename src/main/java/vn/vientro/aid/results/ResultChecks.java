package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.shared.InvalidInputException;

/**
 * The checks of what is typed into a results framework, each naming the field at fault: titles, units, baselines in the
 * past, percentages within 0–100, numbers only for numeric indicators, periods that do not overlap, actual values only
 * for a period that has begun.
 */
@Component
class ResultChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** numeric(19, 4): 15 digits before the point, 4 after. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private final Clock clock;

    ResultChecks(Clock clock) {
        this.clock = clock;
    }

    ResultInput result(ResultInput input) {
        if (input.level() == null) {
            throw new InvalidInputException("level", "aid.results.level.required");
        }
        return new ResultInput(input.level(), title(input.titleVi()), blankToNull(input.titleEn()),
                blankToNull(input.description()));
    }

    /** @param hasPeriods whether the indicator already has periods: its measure then stays as it is */
    IndicatorInput indicator(IndicatorInput input, @Nullable IndicatorMeasure current, boolean hasPeriods) {
        String title = title(input.titleVi());
        IndicatorMeasure measure = input.measure();
        if (measure == null) {
            throw new InvalidInputException("measure", "aid.results.measure.required");
        }
        if (hasPeriods && current != null && measure != current) {
            throw new InvalidInputException("measure", "aid.results.measure.locked");
        }
        String unit = blankToNull(input.unit());
        if (measure == IndicatorMeasure.UNIT && unit == null) {
            throw new InvalidInputException("unit", "aid.results.unit.required");
        }
        Integer year = input.baselineYear();
        if (year != null && (year < 1950 || year > LocalDate.now(clock).getYear())) {
            throw new InvalidInputException("baselineYear", "aid.results.baselineYear.range",
                    LocalDate.now(clock).getYear());
        }
        BigDecimal baseline = value(measure, input.baselineValue(), "baselineValue");
        if (baseline != null && year == null) {
            throw new InvalidInputException("baselineYear", "aid.results.baselineYear.required");
        }
        return new IndicatorInput(title, blankToNull(input.titleEn()), measure,
                measure == IndicatorMeasure.UNIT ? unit : null, input.ascending() == null || input.ascending(), year,
                baseline, blankToNull(input.baselineComment()));
    }

    /**
     * @param current the period as it stands, when its target is being changed: a period already reported keeps a
     *                start that has come
     */
    TargetInput target(Indicator indicator, TargetInput input, List<IndicatorPeriod> others,
                       @Nullable IndicatorPeriod current) {
        if (input.start() == null) {
            throw new InvalidInputException("start", "aid.results.start.required");
        }
        if (input.end() == null) {
            throw new InvalidInputException("end", "aid.results.end.required");
        }
        if (input.end().isBefore(input.start())) {
            throw new InvalidInputException("end", "aid.results.end.beforeStart");
        }
        if (current != null && current.isReported() && input.start().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("start", "aid.results.start.reported");
        }
        for (IndicatorPeriod other : others) {
            if (!input.start().isAfter(other.end()) && !input.end().isBefore(other.start())) {
                throw new InvalidInputException("start", "aid.results.period.overlap", other.start(),
                        other.end());
            }
        }
        BigDecimal value = value(indicator.measure(), input.targetValue(), "targetValue");
        String comment = blankToNull(input.targetComment());
        if (indicator.measure().isNumeric() && value == null) {
            throw new InvalidInputException("targetValue", "aid.results.targetValue.required");
        }
        if (!indicator.measure().isNumeric() && comment == null) {
            throw new InvalidInputException("targetComment", "aid.results.targetComment.required");
        }
        return new TargetInput(input.start(), input.end(), value, comment);
    }

    ActualInput actual(Indicator indicator, IndicatorPeriod period, ActualInput input) {
        if (period.start().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("actualValue", "aid.results.actual.notStarted",
                    period.start());
        }
        BigDecimal value = value(indicator.measure(), input.actualValue(), "actualValue");
        String comment = blankToNull(input.actualComment());
        if (indicator.measure().isNumeric() && value == null) {
            throw new InvalidInputException("actualValue", "aid.results.actualValue.required");
        }
        if (!indicator.measure().isNumeric() && comment == null) {
            throw new InvalidInputException("actualComment", "aid.results.actualComment.required");
        }
        return new ActualInput(value, comment);
    }

    private static @Nullable BigDecimal value(IndicatorMeasure measure, @Nullable BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (!measure.isNumeric()) {
            throw new InvalidInputException(field, "aid.results.value.qualitative");
        }
        if (measure == IndicatorMeasure.PERCENTAGE && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            throw new InvalidInputException(field, "aid.results.value.percentage");
        }
        if (value.abs().compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > 4) {
            throw new InvalidInputException(field, "aid.results.value.precision");
        }
        return value;
    }

    private static String title(@Nullable String titleVi) {
        String title = blankToNull(titleVi);
        if (title == null) {
            throw new InvalidInputException("titleVi", "aid.results.title.required");
        }
        return title;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
