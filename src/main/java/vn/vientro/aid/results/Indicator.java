package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.DecimalText;

/**
 * What measures a result, and where it stood before the project (the baseline).
 *
 * @param unit      what is counted, for a {@link IndicatorMeasure#UNIT} indicator: người, trường học, ca bệnh
 * @param ascending whether a higher value is better; false for a rate the project brings down
 */
public record Indicator(long id, long version, long resultId, long itemId, int position, String titleVi,
                        @Nullable String titleEn, IndicatorMeasure measure, @Nullable String unit, boolean ascending,
                        @Nullable Integer baselineYear, @Nullable BigDecimal baselineValue,
                        @Nullable String baselineComment) {

    /** A value as Vietnamese documents write it, in every language: 1.250, 2,4, 85 %. */
    public String valueText(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        return DecimalText.amount(value) + (measure == IndicatorMeasure.PERCENTAGE ? " %" : "");
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleVi;
    }
}
