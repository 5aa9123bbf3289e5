package vn.vientro.mobilisation.need;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.shared.TextLength;

/** What each step needs besides the right state: a reason, the approving decision, the aid item that funds the need. */
@Component
class StepRules {

    private final Clock clock;

    StepRules(Clock clock) {
        this.clock = clock;
    }

    NeedStep check(NeedAction action, NeedStatus status, NeedStep given) {
        NeedStep step = given.cleaned();
        TextLength.require("reason", step.reason(), TextLength.TEXT);
        TextLength.require("referenceNumber", step.referenceNumber(), TextLength.CODE);
        if (!action.allowedFrom(status)) {
            throw NeedTransitionRefusedException.fromStatus(action, status);
        }
        if (action.needsReason() && step.reason() == null) {
            throw new NeedTransitionRefusedException("mobilisation.transition.reason.required", "reason");
        }
        if (action.takenInCatalogue()) {
            // one way to approve: the leader approves the catalogue version that lists the need
            throw new NeedTransitionRefusedException("mobilisation.transition.approve.inCatalogue", null);
        }
        if (action == NeedAction.FUND && (step.aidItemId() == null || step.aidItemId() <= 0)) {
            throw new NeedTransitionRefusedException("mobilisation.transition.aidItem.required", "aidItemId");
        }
        return step;
    }

    /** The decision that approves a catalogue version: its number and a date that has come. */
    NeedStep decision(NeedStep given) {
        NeedStep step = given.cleaned();
        TextLength.require("referenceNumber", step.referenceNumber(), TextLength.CODE);
        if (step.referenceNumber() == null) {
            throw new NeedTransitionRefusedException("mobilisation.transition.decisionNumber.required",
                    "referenceNumber");
        }
        if (step.referenceDate() == null) {
            throw new NeedTransitionRefusedException("mobilisation.transition.decisionDate.required",
                    "referenceDate");
        }
        if (step.referenceDate().isAfter(LocalDate.now(clock))) {
            throw new NeedTransitionRefusedException("mobilisation.transition.decisionDate.future",
                    "referenceDate");
        }
        return step;
    }
}
