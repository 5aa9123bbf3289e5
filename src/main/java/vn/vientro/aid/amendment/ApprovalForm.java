package vn.vientro.aid.amendment;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The approver's decision on a change request as typed; the service says what is missing, at its field. */
public record ApprovalForm(@Nullable Long version,
                           @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                           @Nullable String decisionNumber,
                           @Nullable LocalDate decisionDate,
                           @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String signer) {

    /** A decision is usually recorded the day it is signed. */
    static ApprovalForm signedOn(LocalDate today) {
        return new ApprovalForm(null, null, today, null);
    }

    Decision toDecision() {
        return new Decision(decisionNumber, decisionDate, signer);
    }
}
