package vn.vientro.mobilisation.need;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.vientro.mobilisation.MobilisationProblem;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.shared.BusinessRuleException;

/** A step the need's state does not allow now, or one without what it needs (a reason, a decision). */
class NeedTransitionRefusedException extends BusinessRuleException {

    NeedTransitionRefusedException(String messageKey, @Nullable String field, Object... arguments) {
        super(MobilisationProblem.NEED_TRANSITION_REFUSED, messageKey, field, arguments);
    }

    static NeedTransitionRefusedException fromStatus(NeedAction action, NeedStatus status) {
        return new NeedTransitionRefusedException("mobilisation.transition.notFromStatus", null,
                new DefaultMessageSourceResolvable("mobilisation.action." + action.name()),
                new DefaultMessageSourceResolvable("mobilisation.status." + status.name()));
    }
}
