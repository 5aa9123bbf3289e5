package vn.vientro.aid.amendment;

import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidProblem;
import vn.vientro.shared.BusinessRuleException;

/** A change request that cannot be made or decided now: the item's state, another request waiting, already decided. */
public class AmendmentRefusedException extends BusinessRuleException {

    public AmendmentRefusedException(String messageKey, @Nullable String field, Object... arguments) {
        super(AidProblem.AMENDMENT_REFUSED, messageKey, field, arguments);
    }
}
