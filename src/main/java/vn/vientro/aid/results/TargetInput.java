package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A reporting period and its target; a qualitative target is its comment. */
public record TargetInput(@Nullable LocalDate start, @Nullable LocalDate end, @Nullable BigDecimal targetValue,
                          @Nullable String targetComment) {
}
