package vn.vientro.mobilisation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The public catalogue's filter: a priority field's code, a DAC sector code, a commune code, a range of the estimated
 * cost in VND, a plan period; each null for "any". Pages from 0.
 */
public record PublishedNeedFilter(@Nullable String priorityField, @Nullable String sector, @Nullable String commune,
                                  @Nullable BigDecimal minCost, @Nullable BigDecimal maxCost, @Nullable Long period,
                                  int page, int pageSize) {
}
