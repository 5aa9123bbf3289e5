package vn.vientro.aid.money;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.AidStatus;
import vn.vientro.shared.BusinessRuleException;

/**
 * Aid may be received or spent only under an approval decision, and not while the item is suspended or after its
 * settlement (Decree 313/2025, as Decree 80/2020 before it): a receipt or spending is refused, naming the status.
 */
public class MoneyBeforeApprovalException extends BusinessRuleException {

    public MoneyBeforeApprovalException(MoneyKind kind, AidStatus status) {
        super(AidProblem.MONEY_BEFORE_APPROVAL, "aid.money.gate", "kind",
                new DefaultMessageSourceResolvable("aid.money.kind." + kind.name()),
                new DefaultMessageSourceResolvable("aid.status." + status.name()));
    }
}
