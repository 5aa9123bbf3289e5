package vn.vientro.mobilisation.funnel;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A stage reached on a day, with a note; the aid item when the stage is "committed". */
public record InterestMove(InterestStage stage, LocalDate onDate, @Nullable String note, @Nullable Long aidItemId) {
}
