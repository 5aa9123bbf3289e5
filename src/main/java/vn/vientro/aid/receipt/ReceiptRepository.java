package vn.vientro.aid.receipt;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The receipts: each is added once and never changed or removed. */
interface ReceiptRepository extends Repository<Receipt, Long> {

    Receipt save(Receipt receipt);

    Optional<Receipt> findByItemId(long itemId);

    boolean existsByItemId(long itemId);
}
