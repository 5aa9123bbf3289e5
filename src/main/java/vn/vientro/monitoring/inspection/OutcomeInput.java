package vn.vientro.monitoring.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The decision a finding leads to: which outcome, the reason, the deciding document's number and date. */
public record OutcomeInput(@NotNull(message = "{validation.required}") @Nullable FindingOutcome outcome,
                           @NotBlank(message = "{validation.required}")
                           @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String reason,
                           @NotBlank(message = "{validation.required}")
                           @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String decisionNumber,
                           @NotNull(message = "{validation.required}") @Nullable LocalDate decisionDate)
        implements java.io.Serializable {

    static OutcomeInput blank() {
        return new OutcomeInput(null, null, null, null);
    }
}
