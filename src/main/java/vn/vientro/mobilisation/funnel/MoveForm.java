package vn.vientro.mobilisation.funnel;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The next stage of an interest as its row's form posts it, with the version the official saw. */
record MoveForm(@Nullable Long version,
                @NotNull(message = "{validation.required}") @Nullable InterestStage stage,
                @NotNull(message = "{validation.required}") @Nullable LocalDate onDate,
                @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String note,
                @Nullable Long aidItemId) implements Serializable {
}
