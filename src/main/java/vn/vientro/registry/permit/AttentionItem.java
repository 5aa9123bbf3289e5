package vn.vientro.registry.permit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something in the registry that needs the focal point's attention.
 *
 * @param reason EXPIRING (paper ends soon), PLAN_OVERDUE (implementation plan not received in time),
 *               REPORT_MISSING (annual report not received by its due date), NO_VALID_PERMIT (foreign NGO
 *               active without a valid paper)
 *               OPINION_DUE (the province's opinion on an application due within three days or overdue)
 * @param days   days left (EXPIRING, OPINION_DUE) or days overdue (the others)
 * @param link   the page where it is dealt with
 */
public record AttentionItem(String reason, long organisationId, String organisationName, @Nullable Long permitId,
                            @Nullable String permitNumber, @Nullable LocalDate dueOn, long days, String link) {
}
