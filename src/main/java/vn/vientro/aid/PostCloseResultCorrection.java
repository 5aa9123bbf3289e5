package vn.vientro.aid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an indicator period ending inside a closed period achieved, reported or corrected after the close, with its
 * reason: what the next report lists beside the money corrections.
 *
 * @param operation  RECORDED (first reported after the close) or CORRECTED
 * @param periodCode the closed period the indicator period ends in
 * @param indicator  the indicator's title when the change was made
 */
public record PostCloseResultCorrection(long id, long itemId, String itemCode, long periodId, String indicator,
                                        String operation, String periodCode, LocalDate periodStart,
                                        LocalDate periodEnd, @Nullable BigDecimal beforeValue,
                                        @Nullable BigDecimal afterValue, @Nullable String beforeComment,
                                        @Nullable String afterComment, String reason, String recordedBy,
                                        Instant recordedAt) {
}
