package vn.vientro.aid.money;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.reference.Codelists;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;

/** The legal gate on money and the checks of a transaction's dates and currency. */
@Component
class MoneyRules {

    /** No promise of money is recorded on a refused, terminated, settled or closed item. */
    private static final Set<AidStatus> NO_COMMITMENTS = EnumSet.of(AidStatus.REFUSED, AidStatus.TERMINATED,
            AidStatus.SETTLED, AidStatus.CLOSED);


    private final Codelists codelists;
    private final Clock clock;

    MoneyRules(Codelists codelists, Clock clock) {
        this.codelists = codelists;
        this.clock = clock;
    }

    /** Whether a transaction of this kind may be recorded, corrected or deleted on the item now. */
    static boolean allows(AidStatus status, MoneyKind kind) {
        return kind.movesMoney() ? status.receivesMoney() : !NO_COMMITMENTS.contains(status);
    }

    /** The kinds that may be recorded on the item now, in form order. */
    static Set<MoneyKind> allowedKinds(AidStatus status) {
        Set<MoneyKind> kinds = EnumSet.noneOf(MoneyKind.class);
        for (MoneyKind kind : MoneyKind.values()) {
            if (allows(status, kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    void gate(AidItemRecord item, MoneyKind kind) {
        if (!allows(item.status(), kind)) {
            throw new MoneyBeforeApprovalException(kind, item.status());
        }
    }

    void check(AidItemRecord item, TransactionInput input) {
        gate(item, input.kind());
        String currency = input.amount().currency().getCurrencyCode();
        if (!codelists.exists(Codelists.CURRENCY, currency)) {
            throw new InvalidInputException("currency", "aid.money.currency.unknown", currency);
        }
        LocalDate today = LocalDate.now(clock);
        if (input.kind() != MoneyKind.PLANNED_DISBURSEMENT && input.valueDate().isAfter(today)) {
            throw new InvalidInputException("valueDate", "aid.money.valueDate.future");
        }
        if (input.statedRate() != null && input.statedRate().rateDate().isAfter(today)) {
            throw new InvalidInputException("statedRateDate", "aid.money.statedRateDate.future");
        }
        // Money received or spent before the decision was signed would be money taken before approval.
        if (input.kind().movesMoney() && item.approvedOn() != null && input.valueDate().isBefore(item.approvedOn())) {
            throw new BusinessRuleException(AidProblem.MONEY_BEFORE_APPROVAL, "aid.money.valueDate.beforeDecision",
                    "valueDate", item.approvedOn());
        }
    }
}
