package vn.vientro.aid.amendment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The approver's decision on a change request as typed; the service says what is missing, at its field. */
public record ApprovalForm(@Nullable Long version, @Nullable String decisionNumber,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decisionDate,
                           @Nullable String signer) {

    /** A decision is usually recorded the day it is signed. */
    static ApprovalForm signedOn(LocalDate today) {
        return new ApprovalForm(null, null, today, null);
    }

    Decision toDecision() {
        return new Decision(decisionNumber, decisionDate, signer);
    }
}
