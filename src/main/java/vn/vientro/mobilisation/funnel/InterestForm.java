package vn.vientro.mobilisation.funnel;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** A new interest as the need's funnel page posts it: who, at which stage since when, and how it came about. */
record InterestForm(@NotNull(message = "{validation.required}") @Nullable Long organisationId,
                    @NotNull(message = "{validation.required}") @Nullable InterestStage stage,
                    @NotNull(message = "{validation.required}") @Nullable LocalDate onDate,
                    @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String contactPerson,
                    @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String cameFrom,
                    @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String note)
        implements Serializable {

    static InterestForm blank(LocalDate today) {
        return new InterestForm(null, InterestStage.CONTACTED, today, null, null, null);
    }

    InterestForm of(@Nullable Long organisation) {
        return new InterestForm(organisation, stage, onDate, contactPerson, cameFrom, note);
    }
}
