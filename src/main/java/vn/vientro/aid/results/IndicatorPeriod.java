package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One reporting period of an indicator: its target, and the actual value reported after it started. A qualitative
 * indicator's target and actual are their comments.
 */
public record IndicatorPeriod(long id, long version, long indicatorId, long itemId, LocalDate start, LocalDate end,
                              @Nullable BigDecimal targetValue, @Nullable String targetComment,
                              @Nullable BigDecimal actualValue, @Nullable String actualComment,
                              @Nullable String reportedBy, @Nullable Instant reportedAt) {

    public boolean isReported() {
        return reportedAt != null;
    }
}
