package vn.vientro.aid.closing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One actual value reported or corrected for an indicator period ending in a closed period, with its reason: written
 * once, never changed (no version). The indicator's title and the period's days are copied as they read then.
 */
@Table(schema = "aid", name = "post_close_result_correction")
record ResultCorrectionAfterClose(@Id @Nullable Long id, @Column("aid_item") long itemId, long periodId,
                                  String indicator, String operation, String periodCode, LocalDate periodStart,
                                  LocalDate periodEnd, @Nullable BigDecimal beforeValue,
                                  @Nullable BigDecimal afterValue, @Nullable String beforeComment,
                                  @Nullable String afterComment, String reason, String recordedBy,
                                  Instant recordedAt) {
}
