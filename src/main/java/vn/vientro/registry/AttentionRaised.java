package vn.vientro.registry;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The daily check found something the focal points must deal with and had not told them of yet: a paper reaching an
 * expiry threshold, an overdue plan, report or opinion, an NGO working without a valid paper. Once per threshold.
 *
 * @param reason EXPIRING, PLAN_OVERDUE, REPORT_MISSING, NO_VALID_PERMIT or OPINION_DUE
 * @param days   days left (EXPIRING, OPINION_DUE) or days overdue (the others)
 * @param link   the page where it is dealt with
 */
public record AttentionRaised(String reason, long organisationId, String organisationName, @Nullable Long permitId,
                              @Nullable String permitNumber, @Nullable LocalDate dueOn, long days, String link) {
}
