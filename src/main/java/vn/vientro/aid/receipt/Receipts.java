package vn.vientro.aid.receipt;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidPolicy;

/** The receipts of submitted dossiers, as the aid owner and the provincial roles read them. */
@Service
public class Receipts {

    private final ReceiptRepository receipts;

    Receipts(ReceiptRepository receipts) {
        this.receipts = receipts;
    }

    /** The item's receipt; none before its dossier is submitted. */
    @PreAuthorize(AidPolicy.READ_RECEIPT)
    @Transactional(readOnly = true)
    public Optional<ReceiptView> of(long itemId) {
        return receipts.findByItemId(itemId).map(receipt -> new ReceiptView(receipt.itemId(), receipt.code(),
                receipt.checkCode(), receipt.issuedOn()));
    }
}
