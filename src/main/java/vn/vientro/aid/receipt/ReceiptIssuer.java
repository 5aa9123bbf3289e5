package vn.vientro.aid.receipt;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidItemMoved;

/**
 * Issues the receipt of a dossier when it is submitted, once per item: a resubmission after a return keeps the receipt
 * the aid owner already holds. Runs after the submission commits; a receipt missed (an item submitted before
 * receipts existed) is issued by {@link ReceiptBackfill}.
 */
@Component
class ReceiptIssuer {

    private final ReceiptRepository receipts;
    private final Clock clock;

    ReceiptIssuer(ReceiptRepository receipts, Clock clock) {
        this.receipts = receipts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AidItemMoved moved) {
        if (moved.action() == AidAction.SUBMIT || moved.action() == AidAction.RESUBMIT) {
            issue(moved.itemId(), LocalDate.now(clock));
        }
    }

    /** Issues the item's receipt unless it has one. */
    void issue(long itemId, LocalDate on) {
        if (!receipts.existsByItemId(itemId)) {
            receipts.save(Receipt.issue(itemId, on));
        }
    }
}
