package vn.vientro.aid.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.TextLength;

/** An indicator and its baseline as a page or the API send them. */
public record IndicatorInput(@Nullable String titleVi, @Nullable String titleEn, @Nullable IndicatorMeasure measure,
                             @Nullable String unit, @Nullable Boolean ascending, @Nullable Integer baselineYear,
                             @Nullable BigDecimal baselineValue, @Nullable String baselineComment) {

    public IndicatorInput {
        TextLength.require("titleVi", titleVi, TextLength.NAME);
        TextLength.require("titleEn", titleEn, TextLength.NAME);
        TextLength.require("unit", unit, TextLength.CODE);
        TextLength.require("baselineComment", baselineComment, TextLength.TEXT);
        requireFits("baselineValue", baselineValue);
    }

    /** An indicator's values are stored as {@code numeric(19, 4)}. */
    static void requireFits(String field, @Nullable BigDecimal value) {
        if (value != null) {
            DecimalText.requireFits(field, value, 19, 4);
        }
    }
}
