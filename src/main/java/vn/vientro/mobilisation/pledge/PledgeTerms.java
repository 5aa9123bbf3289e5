package vn.vientro.mobilisation.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an organisation promised for a need, as the page or the API gives it, already read and checked for shape. */
public record PledgeTerms(long needId, long organisationId, @Nullable Long activityId, BigDecimal amount,
                          String currency, LocalDate pledgedOn, @Nullable LocalDate expectedOn,
                          @Nullable String note) {
}
