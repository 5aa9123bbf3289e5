package vn.vientro.aid.results;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.vientro.aid.AidStatus;
import vn.vientro.shared.BusinessRuleException;

/**
 * The framework is part of the dossier: it is set while the dossier is open, and after the decision only the focal
 * point adjusts it, as an amendment decision says. Actual values are reported only under an approval decision, and
 * until the results are handed over.
 */
public class ResultsLockedException extends BusinessRuleException {

    private ResultsLockedException(String type, String key, AidStatus status) {
        super(type, key, null, new DefaultMessageSourceResolvable("aid.status." + status.name()));
    }

    static ResultsLockedException framework(AidStatus status) {
        return new ResultsLockedException("results-locked", "aid.results.locked", status);
    }

    /** Before the decision (or refused): nothing was approved to report on. After the handover: reporting is over. */
    static ResultsLockedException reporting(AidStatus status) {
        return status.isBeforeDecision() || status == AidStatus.REFUSED
                ? new ResultsLockedException("results-before-approval", "aid.results.gate", status)
                : new ResultsLockedException("results-reporting-closed", "aid.results.gate.closed", status);
    }
}
