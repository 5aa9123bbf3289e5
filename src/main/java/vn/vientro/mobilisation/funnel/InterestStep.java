package vn.vientro.mobilisation.funnel;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** One move of an interest: the stage it reached, the day it happened, a note, and who recorded it when. */
@Table(schema = "mobilisation", name = "interest_step")
record InterestStep(InterestStage stage, LocalDate onDate, @Nullable String note, String actor, Instant recordedAt) {
}
