package vn.vientro.aid.results;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.AidStatus;
import vn.vientro.shared.BusinessRuleException;

/**
 * The framework is part of the dossier: it is set while the dossier is open, and after the decision only the focal
 * point adjusts it, as an amendment decision says. Actual values are reported only under an approval decision, and
 * until the results are handed over.
 */
public class ResultsLockedException extends BusinessRuleException {

    private ResultsLockedException(AidProblem problem, String key, AidStatus status) {
        super(problem, key, null, new DefaultMessageSourceResolvable("aid.status." + status.name()));
    }

    static ResultsLockedException framework(AidStatus status) {
        return new ResultsLockedException(AidProblem.RESULTS_LOCKED, "aid.results.locked", status);
    }

    /** Before the decision (or refused): nothing was approved to report on. After the handover: reporting is over. */
    static ResultsLockedException reporting(AidStatus status) {
        return status.isBeforeDecision() || status == AidStatus.REFUSED
                ? new ResultsLockedException(AidProblem.RESULTS_BEFORE_APPROVAL, "aid.results.gate", status)
                : new ResultsLockedException(AidProblem.RESULTS_REPORTING_CLOSED, "aid.results.gate.closed", status);
    }
}
