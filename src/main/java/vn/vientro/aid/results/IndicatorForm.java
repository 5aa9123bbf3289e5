package vn.vientro.aid.results;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.TextLength;

/** The indicator form as typed: the baseline's year and value stay text until read, so a typo is shown back. */
public record IndicatorForm(@Nullable Long version,
                            @Size(max = TextLength.NAME, message = "{validation.tooLong}") String titleVi,
                            @Size(max = TextLength.NAME, message = "{validation.tooLong}") String titleEn,
                            @Nullable IndicatorMeasure measure,
                            @Size(max = TextLength.CODE, message = "{validation.tooLong}") String unit,
                            Boolean ascending,
                            @Size(max = TextLength.CODE, message = "{validation.tooLong}") String baselineYear,
                            @Size(max = TextLength.CODE, message = "{validation.tooLong}") String baselineValue,
                            @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String baselineComment) {

    public IndicatorForm {
        titleVi = text(titleVi);
        titleEn = text(titleEn);
        unit = text(unit);
        ascending = ascending == null || ascending;
        baselineYear = text(baselineYear);
        baselineValue = text(baselineValue);
        baselineComment = text(baselineComment);
    }

    static IndicatorForm blank() {
        return new IndicatorForm(null, "", "", IndicatorMeasure.UNIT, "", true, "", "", "");
    }

    static IndicatorForm of(Indicator indicator) {
        return new IndicatorForm(indicator.version(), indicator.titleVi(), indicator.titleEn(), indicator.measure(),
                indicator.unit(), indicator.ascending(),
                indicator.baselineYear() == null ? "" : indicator.baselineYear().toString(),
                IndicatorValueText.print(indicator.baselineValue()), indicator.baselineComment());
    }

    IndicatorForm withVersion(long stored) {
        return new IndicatorForm(stored, titleVi, titleEn, measure, unit, ascending, baselineYear, baselineValue,
                baselineComment);
    }

    IndicatorInput toInput() {
        return new IndicatorInput(titleVi, titleEn, measure, unit, ascending, year(),
                IndicatorValueText.parse(baselineValue, "baselineValue"), baselineComment);
    }

    private @Nullable Integer year() {
        if (baselineYear.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(baselineYear.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("baselineYear", "aid.results.baselineYear.unreadable", baselineYear);
        }
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
