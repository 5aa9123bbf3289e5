package vn.vientro.mobilisation.need;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.vientro.mobilisation.MobilisationProblem;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.shared.BusinessRuleException;

/** The need is no longer the proposer's to change: it was submitted and not returned. */
class NeedLockedException extends BusinessRuleException {

    NeedLockedException(NeedStatus status) {
        super(MobilisationProblem.NEED_LOCKED, "mobilisation.need.locked", null,
                new DefaultMessageSourceResolvable("mobilisation.status." + status.name()));
    }
}
