package vn.vientro.aid.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** An indicator and its baseline as a page or the API send them. */
public record IndicatorInput(@Nullable String titleVi, @Nullable String titleEn, @Nullable IndicatorMeasure measure,
                             @Nullable String unit, @Nullable Boolean ascending, @Nullable Integer baselineYear,
                             @Nullable BigDecimal baselineValue, @Nullable String baselineComment) {
}
