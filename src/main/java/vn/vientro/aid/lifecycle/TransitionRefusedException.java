package vn.vientro.aid.lifecycle;

import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidProblem;
import vn.vientro.shared.BusinessRuleException;

/** A move that the lifecycle does not allow now: wrong state, or a precondition not met. */
public class TransitionRefusedException extends BusinessRuleException {

    public TransitionRefusedException(String messageKey, @Nullable String field, Object... arguments) {
        super(AidProblem.TRANSITION_REFUSED, messageKey, field, arguments);
    }
}
