package vn.vientro.aid.closing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One change to money dated in a closed period, with its reason: written once, never changed (no version). */
@Table(schema = "aid", name = "post_close_correction")
class CorrectionAfterClose {

    @Id
    private @Nullable Long id;
    @Column("aid_item")
    private final long itemId;
    private final long transactionId;
    private final String operation;
    private final String periodCode;
    private final String kind;
    private final LocalDate valueDate;
    private final @Nullable BigDecimal beforeVnd;
    private final @Nullable BigDecimal afterVnd;
    private final @Nullable BigDecimal beforeUsd;
    private final @Nullable BigDecimal afterUsd;
    private final String reason;
    private final String recordedBy;
    private final Instant recordedAt;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    CorrectionAfterClose(@Nullable Long id, long itemId, long transactionId, String operation, String periodCode,
                         String kind, LocalDate valueDate, @Nullable BigDecimal beforeVnd,
                         @Nullable BigDecimal afterVnd, @Nullable BigDecimal beforeUsd, @Nullable BigDecimal afterUsd,
                         String reason, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.itemId = itemId;
        this.transactionId = transactionId;
        this.operation = operation;
        this.periodCode = periodCode;
        this.kind = kind;
        this.valueDate = valueDate;
        this.beforeVnd = beforeVnd;
        this.afterVnd = afterVnd;
        this.beforeUsd = beforeUsd;
        this.afterUsd = afterUsd;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
