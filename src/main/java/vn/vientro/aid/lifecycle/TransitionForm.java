package vn.vientro.aid.lifecycle;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The move form as typed: what the move asks for, each kept and shown again when the move is refused. */
public record TransitionForm(@Nullable Long version,
                             @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String reason,
                             @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                             @Nullable String referenceNumber,
                             @Nullable LocalDate referenceDate,
                             @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String signer,
                             @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                             @Nullable String recommendation,
                             @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                             @Nullable String overrideReason) {

    static TransitionForm blank() {
        return new TransitionForm(null, null, null, null, null, null, null);
    }

    TransitionCommand toCommand() {
        return new TransitionCommand(reason, referenceNumber, referenceDate, signer, recommendation, overrideReason);
    }
}
