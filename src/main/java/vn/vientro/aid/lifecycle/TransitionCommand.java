package vn.vientro.aid.lifecycle;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/**
 * What a person gives with a move.
 *
 * @param reason          why (required to return, refuse, suspend, resume, terminate)
 * @param referenceNumber the document that carries the move: decision number, letter, submission (tờ trình)
 * @param referenceDate   that document's date; for a decision the day it was signed
 * @param signer          who signed a decision
 * @param recommendation  the appraisal's conclusion: APPROVE, APPROVE_WITH_CONDITIONS or REFUSE
 * @param overrideReason  a leader's recorded reason to approve although the organisation is suspended
 */
public record TransitionCommand(@Nullable String reason, @Nullable String referenceNumber,
                                @Nullable LocalDate referenceDate, @Nullable String signer,
                                @Nullable String recommendation, @Nullable String overrideReason) {

    public static TransitionCommand none() {
        return new TransitionCommand(null, null, null, null, null, null);
    }

    public static TransitionCommand because(String reason) {
        return new TransitionCommand(reason, null, null, null, null, null);
    }

    public TransitionCommand {
        reason = blankToNull(reason);
        referenceNumber = blankToNull(referenceNumber);
        signer = blankToNull(signer);
        recommendation = blankToNull(recommendation);
        overrideReason = blankToNull(overrideReason);
        TextLength.require("reason", reason, TextLength.TEXT);
        TextLength.require("referenceNumber", referenceNumber, TextLength.CODE);
        TextLength.require("signer", signer, TextLength.NAME);
        TextLength.require("recommendation", recommendation, TextLength.CODE);
        TextLength.require("overrideReason", overrideReason, TextLength.TEXT);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
