package vn.vientro.mobilisation.funnel;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One step of an interest's history. */
public record InterestStepRow(long interestId, InterestStage stage, LocalDate onDate, @Nullable String note,
                              String actor) {
}
