package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.shared.InvalidInputException;

/**
 * An indicator of a result and its baseline, as it is written; an aggregate of its own beside its result (why:
 * {@link FrameworkResult}). Read as {@link Indicator} through {@link ResultsQueries}.
 */
@Table(schema = "aid", name = "result_indicator")
class FrameworkIndicator {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private long result;
    private long aidItem;
    private int position;
    private String titleVi;
    private @Nullable String titleEn;
    private IndicatorMeasure measure;
    private @Nullable String unit;
    private boolean ascending;
    private @Nullable Integer baselineYear;
    private @Nullable BigDecimal baselineValue;
    private @Nullable String baselineComment;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    FrameworkIndicator(@Nullable Long id, @Nullable Long version, long result, long aidItem, int position,
                       String titleVi, @Nullable String titleEn, IndicatorMeasure measure, @Nullable String unit,
                       boolean ascending, @Nullable Integer baselineYear, @Nullable BigDecimal baselineValue,
                       @Nullable String baselineComment) {
        this.id = id;
        this.version = version;
        this.result = result;
        this.aidItem = aidItem;
        this.position = position;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.measure = measure;
        this.unit = unit;
        this.ascending = ascending;
        this.baselineYear = baselineYear;
        this.baselineValue = baselineValue;
        this.baselineComment = baselineComment;
    }

    /** A new indicator after the result's last one, on the result's item. */
    static FrameworkIndicator define(FrameworkResult result, int position, IndicatorInput input, LocalDate today) {
        Definition d = Definition.checked(input, null, false, today);
        return new FrameworkIndicator(null, null, result.id(), result.itemId(), position, d.titleVi(), d.titleEn(),
                d.measure(), d.unit(), d.ascending(), d.baselineYear(), d.baselineValue(), d.baselineComment());
    }

    /** @param hasPeriods whether the indicator already has periods: its measure then stays as it is */
    void redefine(IndicatorInput input, boolean hasPeriods, LocalDate today) {
        Definition d = Definition.checked(input, measure, hasPeriods, today);
        titleVi = d.titleVi();
        titleEn = d.titleEn();
        measure = d.measure();
        unit = d.unit();
        ascending = d.ascending();
        baselineYear = d.baselineYear();
        baselineValue = d.baselineValue();
        baselineComment = d.baselineComment();
    }

    long id() {
        return Objects.requireNonNull(id, "an indicator has an id once saved");
    }

    @Nullable Long version() {
        return version;
    }

    long itemId() {
        return aidItem;
    }

    long resultId() {
        return result;
    }

    /** The title as it is kept (Vietnamese). */
    String title() {
        return titleVi;
    }

    IndicatorMeasure measure() {
        return measure;
    }

    /** What was typed, checked: a title, a measure with its unit, a baseline in the past that the measure can hold. */
    private record Definition(String titleVi, @Nullable String titleEn, IndicatorMeasure measure, @Nullable String unit,
                              boolean ascending, @Nullable Integer baselineYear, @Nullable BigDecimal baselineValue,
                              @Nullable String baselineComment) {

        static Definition checked(IndicatorInput input, @Nullable IndicatorMeasure current, boolean hasPeriods,
                                  LocalDate today) {
            String title = FrameworkText.title(input.titleVi());
            IndicatorMeasure measure = input.measure();
            if (measure == null) {
                throw new InvalidInputException("measure", "aid.results.measure.required");
            }
            if (hasPeriods && current != null && measure != current) {
                throw new InvalidInputException("measure", "aid.results.measure.locked");
            }
            String unit = FrameworkText.optional(input.unit());
            if (measure == IndicatorMeasure.UNIT && unit == null) {
                throw new InvalidInputException("unit", "aid.results.unit.required");
            }
            Integer year = input.baselineYear();
            if (year != null && (year < 1950 || year > today.getYear())) {
                throw new InvalidInputException("baselineYear", "aid.results.baselineYear.range", today.getYear());
            }
            BigDecimal baseline = measure.checked(input.baselineValue(), "baselineValue");
            if (baseline != null && year == null) {
                throw new InvalidInputException("baselineYear", "aid.results.baselineYear.required");
            }
            return new Definition(title, FrameworkText.optional(input.titleEn()), measure,
                    measure == IndicatorMeasure.UNIT ? unit : null, input.ascending() == null || input.ascending(),
                    year, baseline, FrameworkText.optional(input.baselineComment()));
        }
    }
}
