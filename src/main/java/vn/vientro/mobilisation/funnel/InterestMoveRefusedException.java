package vn.vientro.mobilisation.funnel;

import vn.vientro.mobilisation.MobilisationProblem;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.Text;

/** A move the funnel's order refuses: backwards, or on from a committed or declined interest. */
class InterestMoveRefusedException extends BusinessRuleException {

    InterestMoveRefusedException(InterestStage from, InterestStage to) {
        super(MobilisationProblem.INTEREST_MOVE_REFUSED, "mobilisation.interest.moveRefused", "stage",
                Text.of("mobilisation.interest.stage." + from), Text.of("mobilisation.interest.stage." + to));
    }
}
