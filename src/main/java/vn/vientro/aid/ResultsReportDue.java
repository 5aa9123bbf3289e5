package vn.vientro.aid;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The actual value of one results-framework period, due with the aid owner's report for the period (DOMAIN.md §5):
 * the period and its due date as the results framework set them.
 *
 * @param reportedOn the day the actual value was reported, if it was
 */
public record ResultsReportDue(long periodId, long itemId, String code, String nameVi, @Nullable String nameEn,
                               long ownerAgencyId, long governingAgencyId, long donorId, String indicatorVi,
                               @Nullable String indicatorEn, LocalDate periodStart, LocalDate periodEnd,
                               LocalDate reportDue, @Nullable LocalDate reportedOn) {
}
