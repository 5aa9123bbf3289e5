package vn.vientro.aid.lifecycle;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The move form as typed: what the move asks for, each kept and shown again when the move is refused. */
public record TransitionForm(@Nullable Long version, @Nullable String reason, @Nullable String referenceNumber,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate referenceDate,
                             @Nullable String signer, @Nullable String recommendation, @Nullable String overrideReason) {

    static TransitionForm blank() {
        return new TransitionForm(null, null, null, null, null, null, null);
    }

    TransitionCommand toCommand() {
        return new TransitionCommand(reason, referenceNumber, referenceDate, signer, recommendation, overrideReason);
    }
}
