package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One reporting period of an indicator: its target, and the actual value reported after it started. A qualitative
 * indicator's target and actual are their comments.
 *
 * @param reportDue when the actual value is due, with the aid owner's report for the period
 */
public record IndicatorPeriod(long id, long version, long indicatorId, long itemId, LocalDate start, LocalDate end,
                              @Nullable BigDecimal targetValue, @Nullable String targetComment,
                              @Nullable BigDecimal actualValue, @Nullable String actualComment,
                              LocalDate reportDue, @Nullable String reportedBy, @Nullable Instant reportedAt) {

    public boolean isReported() {
        return reportedAt != null;
    }
}
