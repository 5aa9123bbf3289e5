package vn.vientro.mobilisation.pledge;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** A pledge as its form and the API post it. */
public record PledgeForm(@NotNull(message = "{validation.required}") @Nullable Long needId,
                         @NotNull(message = "{validation.required}") @Nullable Long organisationId,
                         @Nullable Long activityId,
                         @NotNull(message = "{validation.required}") @Positive(message = "{mobilisation.pledge.amount.positive}")
                         @Digits(integer = 17, fraction = 2, message = "{mobilisation.pledge.amount.invalid}")
                         @Nullable BigDecimal amount,
                         @NotNull(message = "{validation.required}")
                         @Pattern(regexp = "[A-Z]{3}", message = "{mobilisation.pledge.currency.invalid}")
                         @Nullable String currency,
                         @NotNull(message = "{validation.required}") @Nullable LocalDate pledgedOn,
                         @Nullable LocalDate expectedOn,
                         @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String note)
        implements Serializable {

    static PledgeForm blank(@Nullable Long needId, @Nullable Long organisationId, @Nullable Long activityId,
                            LocalDate today) {
        return new PledgeForm(needId, organisationId, activityId, null, "USD", today, null, null);
    }

    PledgeTerms terms() {
        return new PledgeTerms(Objects.requireNonNull(needId), Objects.requireNonNull(organisationId), activityId,
                Objects.requireNonNull(amount), Objects.requireNonNull(currency), Objects.requireNonNull(pledgedOn),
                expectedOn, note == null || note.isBlank() ? null : note.strip());
    }
}
