package vn.vientro.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One results-framework period of an item's indicator, with its target and the actual value reported, if any. */
public record PeriodResult(long periodId, String indicatorVi, @Nullable String indicatorEn, @Nullable String unit,
                           LocalDate periodStart, LocalDate periodEnd, @Nullable BigDecimal target,
                           @Nullable BigDecimal actual) {
}
