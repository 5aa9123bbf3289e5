package vn.vientro.aid.money;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.reference.Codelists;
import vn.vientro.shared.InvalidInputException;

/**
 * The legal gate on money, by the item's status, and the currency a transaction may be in; what a transaction's dates
 * must be, {@link Transaction} checks itself.
 */
@Component
class MoneyRules {

    /** No promise of money is recorded on a refused, terminated, settled or closed item. */
    private static final Set<AidStatus> NO_COMMITMENTS = EnumSet.of(AidStatus.REFUSED, AidStatus.TERMINATED,
            AidStatus.SETTLED, AidStatus.CLOSED);

    private final Codelists codelists;

    MoneyRules(Codelists codelists) {
        this.codelists = codelists;
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

    /** What the item and the reference data say of a transaction; its dates are the transaction's own rules. */
    void check(AidItemRecord item, TransactionInput input) {
        gate(item, input.kind());
        String currency = input.amount().currency().getCurrencyCode();
        if (!codelists.exists(Codelists.CURRENCY, currency)) {
            throw new InvalidInputException("currency", "aid.money.currency.unknown", currency);
        }
    }
}
