package vn.vientro.aid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A change to money dated inside a closed period, with its reason: what the next report lists and what explains a
 * difference between an issued report and its figures recomputed.
 *
 * @param operation  RECORDED, CORRECTED or DELETED
 * @param periodCode the closed period the money is dated in
 * @param kind       the transaction's kind (COMMITMENT, DISBURSEMENT, ...)
 * @param beforeVnd  the VND equivalent before the change; null for a transaction recorded after the close
 * @param afterVnd   the VND equivalent after the change; null for a deletion
 */
public record PostCloseCorrection(long id, long itemId, String itemCode, long transactionId, String operation,
                                  String periodCode, String kind, LocalDate valueDate, @Nullable BigDecimal beforeVnd,
                                  @Nullable BigDecimal afterVnd, @Nullable BigDecimal beforeUsd,
                                  @Nullable BigDecimal afterUsd, String reason, String recordedBy,
                                  Instant recordedAt) {

    /** The change in VND: after minus before. */
    public BigDecimal deltaVnd() {
        return (afterVnd == null ? BigDecimal.ZERO : afterVnd).subtract(beforeVnd == null ? BigDecimal.ZERO : beforeVnd);
    }

    public BigDecimal deltaUsd() {
        return (afterUsd == null ? BigDecimal.ZERO : afterUsd).subtract(beforeUsd == null ? BigDecimal.ZERO : beforeUsd);
    }
}
