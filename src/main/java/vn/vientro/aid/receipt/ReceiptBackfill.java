package vn.vientro.aid.receipt;

import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Issues the receipts of dossiers submitted before receipts existed (or loaded without events), dated the day each
 * was first submitted, once the application is ready and off its start-up path. Later submissions are left to
 * {@link ReceiptIssuer}.
 */
@Component
class ReceiptBackfill {

    private static final Logger log = LoggerFactory.getLogger(ReceiptBackfill.class);

    private final ReceiptQueries queries;
    private final ReceiptIssuer issuer;

    ReceiptBackfill(ReceiptQueries queries, ReceiptIssuer issuer) {
        this.queries = queries;
        this.issuer = issuer;
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    public void issueMissing() {
        int issued = 0;
        for (Map.Entry<Long, LocalDate> item : queries.submittedWithoutReceipt().entrySet()) {
            issued += issue(item.getKey(), item.getValue());
        }
        if (issued > 0) {
            log.info("Issued the receipts of {} submitted dossiers", issued);
        }
    }

    /** One item's failure is logged and the others go on: the boundary of a batch, as an import row's. */
    private int issue(long itemId, LocalDate on) {
        try {
            issuer.issue(itemId, on);
            return 1;
        } catch (Exception e) {
            log.error("Receipt of aid item {} not issued", itemId, e);
            return 0;
        }
    }
}
